// dyad serve in a real browser: Debian's chromium driven by playwright-core.
//   node browser.cjs NODE_MODULES URL [SCREENSHOT.png]
// Exits 77 when chromium cannot start at all, 1 when a check fails.
const { chromium } = require(process.argv[2] + "/playwright-core");
const url = process.argv[3];
const screenshot = process.argv[4];
let failed = 0;
function check(name, ok) {
  console.log(`${ok ? "ok" : "FAIL"} - ${name}`);
  if (!ok) failed = 1;
}

async function launch() {
  try {
    return await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"], timeout: 20000 });
  } catch (err) {
    console.log(`SKIP - chromium cannot start: ${err.message.split("\n")[0]}`);
    process.exit(77);
  }
}

async function dashboard(page, problems) {
  await page.goto(url);
  await page.waitForSelector("#events tbody tr");
  await page.waitForSelector("#dyad-plot svg");
  check("totals: 11 events, 14 mentions", (await page.textContent("#totals")).startsWith("11 events, 14 mentions"));
  // Per day the fixtures have 9 days with events; one bar per day and quad class present.
  const bars = await page.$$eval('#timeline g.bars rect', (r) => r.length);
  const stats = await (await fetch(url + "api/stats")).json();
  const cells = stats.periods.reduce((n, p) => n + p.quad.filter((q) => q > 0).length, 0);
  check(`timeline: one bar per day and quad class (${bars} of ${cells})`, bars === cells && cells === 9);
  const heights = await page.$$eval('#timeline g.bars title', (t) => t.map((x) => x.textContent));
  check("timeline: 2025-03-09 has 1 material conflict event", heights.includes("2025-03-09: 1 material conflict"));
  const mapped = await page.$$eval('#map g.mapped path', (p) => p.length);
  check(`map: 15 countries with events (IGO is no country) (${mapped})`, mapped === 15);
  const titles = await page.$$eval('#map g.mapped title', (t) => t.map((x) => x.textContent));
  check("map: Ukraine in 4 events, Russia in 2", titles.some((t) => /^Ukraine \(UKR\): 4 events$/.test(t)) &&
    titles.some((t) => /^Russia \(RUS\): 2 events$/.test(t)));
  check("table: 11 rows", (await page.$$("#events tbody tr")).length === 11);
  check("dyad view: RUSMIL -> UKR 1 event, 4 mentions, Goldstein -10; the reverse none",
    (await page.$$eval("#dyad-summary tbody tr", (r) => r.map((x) => x.textContent))).join("|") ===
      "RUSMIL → UKR14-10|UKR → RUSMIL000");
  const hostile = await page.textContent("#events tbody tr:last-child");
  check("table: the hostile sentence shows as text", hostile.includes('<script>window.__pwned=1</script> "leak" &amp; <img src=x'));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
}

async function eventPage(page) {
  await page.click("#events tbody tr:first-child");
  await page.waitForSelector("#mentions > li");
  check("event page: 4 sentences report RUSMIL -> UKR 190", (await page.$$("#mentions > li")).length === 4);
  const marks = await page.$$eval("#mentions > li:last-child mark", (m) => m.map((x) => `${x.className}:${x.textContent}`));
  check(`event page: source, verb and target marked (${marks.join(" ")})`,
    marks.join(" ") === "src:Russian troops verb:attacked tgt:Ukrainian");
  const entries = await page.textContent("#mentions > li:first-child .entries");
  check("event page: dictionary entries as file:line", /verb pattern: \S*verbs\.txt:\d+/.test(entries) && /source actor: \S*countries\.actors\.txt:\d+/.test(entries));
  await page.goBack();
  await page.waitForSelector("#dashboard:not([hidden])");
}

async function hostilePage(page) {
  await page.click("#events tbody tr:last-child");
  await page.waitForSelector("#mentions > li");
  const text = await page.textContent("#mentions > li .sentence");
  check("hostile event: the sentence is shown literally", text.includes("<script>window.__pwned=1</script>") && text.includes("&amp;"));
  check("hostile event: no script ran", (await page.evaluate(() => window.__pwned)) === undefined);
  check("hostile event: no element came from the text", (await page.$$("#mentions script, #mentions img, #mentions b")).length === 0 &&
    (await page.$$("script")).length === 1);
  check("hostile event: no javascript: link", (await page.$$('a[href^="javascript"]')).length === 0);
}

async function timelineClick(page) {
  await page.click('#timeline g.bars rect >> nth=0');
  await page.waitForFunction(() => document.querySelectorAll("#events tbody tr").length === 1);
  check("timeline: a click on a bar lists its events", (await page.inputValue('input[name="from"]')) === "2025-03-09");
}

(async () => {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  try {
    await dashboard(page, problems);
    await eventPage(page);
    await timelineClick(page);
    await page.goto(url);
    await page.waitForSelector("#events tbody tr:nth-child(10)");
    await hostilePage(page);
  } catch (err) {
    check(`no exception: ${err.message}`, false);
  }
  check(`no script errors or CSP violations (${problems.join("; ")})`, problems.length === 0);
  await browser.close();
  process.exit(failed);
})();
