#!/bin/sh
# Dated codes in the default leaders dictionary: a person named in news of a given day gets the
# code of the office they held that day (earlier offices, opposition, retirement), and no name or
# synonym of the dictionary is listed twice (the loader would silently keep only the first).
set -u
dyad=$1
root=$2
dict="$root/data/dict/leaders.actors.txt"
fail=0
n=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect DATE CODE TEXT SENTENCE: the actor written TEXT is coded CODE in SENTENCE published on DATE.
expect() {
    n=$((n + 1))
    printf '%s\n' "$4" | "$dyad" code --dict-dir "$root/data/dict" --date "$1" - > "$tmp/out" 2> "$tmp/err"
    if grep -q "\"code\":\"$2\",\"text\":\"$3\"" "$tmp/out"; then
        echo "ok $n - $1 $3 -> $2"
    else
        echo "FAIL $n - $1 $3 -> $2; got: $(grep -o '"code":"[A-Z]*","text":"[^"]*"' "$tmp/out" | tr '\n' ' ')"
        fail=1
    fi
}

expect 1999-03-10 RUSGOV "Boris Yeltsin" "Boris Yeltsin criticised NATO over the bombing plans."
expect 2010-05-10 RUSELI "Boris Yeltsin" "Boris Yeltsin criticised the government in Moscow."
expect 1998-12-01 RUSSPY "Vladimir Putin" "Vladimir Putin accused Chechen rebels of planning attacks."
expect 2001-06-16 RUSGOV "Vladimir Putin" "Vladimir Putin met George W. Bush in Slovenia."
expect 2000-01-05 RUSGOV "Sergei Shoigu" "Sergei Shoigu praised the rescue workers in Dagestan."
expect 2005-06-01 IGOUNO "Kofi Annan" "Kofi Annan urged Sudan to stop the violence in Darfur."
expect 2015-04-01 ISRGOV "Benjamin Netanyahu" "Benjamin Netanyahu criticised Iran over its nuclear programme."
expect 2022-03-01 ISROPP "Benjamin Netanyahu" "Benjamin Netanyahu criticised the government of Naftali Bennett."
expect 2000-06-01 ISRELI "Benjamin Netanyahu" "Benjamin Netanyahu criticised Ehud Barak over the Lebanon withdrawal."
expect 2004-05-01 ISRGOV "Benjamin Netanyahu" "Benjamin Netanyahu praised the Bank of Israel."
expect 2007-03-01 ISRGOV "Ehud Olmert" "Ehud Olmert met Mahmoud Abbas in Jerusalem."
expect 2000-03-01 PSEGOV "Yasser Arafat" "Yasser Arafat met Ehud Barak in Ramallah."
expect 1995-01-10 USAGOV "Bill Clinton" "Bill Clinton criticised Russia over Chechnya."
expect 1991-02-01 USAMIL "Dick Cheney" "Dick Cheney threatened Iraq with further air strikes."
expect 2004-05-05 USAGOV "Colin Powell" "Colin Powell met Jack Straw in London."
expect 2019-06-01 USAELI "Barack Obama" "Barack Obama praised the protesters in Hong Kong."
expect 1996-01-15 GBROPP "Tony Blair" "Tony Blair criticised John Major over Europe."
expect 2003-03-20 GBRGOV "Tony Blair" "Tony Blair praised the troops in Iraq."
expect 2005-02-01 FRAGOV "Jacques Chirac" "Jacques Chirac met Gerhard Schroeder in Berlin."
expect 2010-01-01 DEUGOV "Angela Merkel" "Angela Merkel praised Poland for its reforms."
expect 1997-06-01 IGOWSTNAT "Javier Solana" "Javier Solana met Russian officials in Moscow."
expect 2008-06-01 IGOEUREEC "Javier Solana" "Javier Solana met Iranian negotiators in Tehran."
expect 2005-06-01 IGOUNOIAE "Mohamed ElBaradei" "Mohamed ElBaradei criticised Iran over its enrichment."
expect 2002-06-01 IRQGOV "Saddam Hussein" "Saddam Hussein threatened Kuwait again."
expect 2005-06-01 IRQELI "Saddam Hussein" "Saddam Hussein accused the Iraqi court of bias."
expect 2009-06-01 EGYGOV "Hosni Mubarak" "Hosni Mubarak met Barack Obama in Cairo."
expect 2010-06-01 LBYGOV "Muammar Gaddafi" "Muammar Gaddafi criticised the African Union."
expect 2006-06-01 IRNGOV "Mahmoud Ahmadinejad" "Mahmoud Ahmadinejad threatened Israel."
expect 2010-03-01 NORGOV "Jens Stoltenberg" "Jens Stoltenberg met Russian officials in Oslo."
expect 2016-06-01 IGOWSTNAT "Jens Stoltenberg" "Jens Stoltenberg criticised Russia over Ukraine."
expect 1995-06-01 ZAFGOV "Nelson Mandela" "Nelson Mandela met Bill Clinton in Pretoria."
expect 2017-06-01 AFGGOV "Ghani" "Ghani accused Pakistan of sheltering the Taliban."
expect 1990-06-01 FRAGOV "Rocard" "Rocard met Helmut Kohl in Bonn."
expect 2009-09-01 AFGGOV "Hamid Karzai" "Hamid Karzai accused Pakistan of sheltering militants."
expect 2012-06-01 TURGOV "Ahmet Davutoglu" "Ahmet Davutoglu criticised Syria over the shelling."
expect 2019-06-01 IGOEUREEC "Donald Tusk" "Donald Tusk criticised Hungary over its reforms."
expect 1995-06-01 GBRGOV "Chris Patten" "Chris Patten criticised China over the legislature."
expect 2002-06-01 IGOEUREEC "Chris Patten" "Chris Patten criticised Israel over the settlements."
expect 2019-06-15 CHNGOV "Carrie Lam" "Carrie Lam criticised the protesters."
expect 2008-06-01 IGOUNO "Ban Ki-moon" "Ban Ki-moon urged Myanmar to accept foreign aid."

# Former Yugoslavia: Serbian and Yugoslav office-holders are SCG until the split of June 2006.
expect 1995-08-01 SCGGOV "Slobodan Milosevic" "Slobodan Milosevic met Lord Owen in Belgrade."
expect 1991-06-01 SRBGOV "Slobodan Milosevic" "Slobodan Milosevic met Franjo Tudjman in Split."
expect 2004-05-01 SCGELI "Slobodan Milosevic" "Slobodan Milosevic accused NATO of bias."
expect 2007-03-01 SRBGOV "Vojislav Kostunica" "Vojislav Kostunica criticised the plan for Kosovo."
expect 1997-06-25 SCGGOV "Zoran Lilic" "Zoran Lilic met Russian officials in Belgrade."
expect 1997-06-26 SCGELI "Zoran Lilic" "Zoran Lilic met Russian officials in Belgrade."
expect 2003-03-06 SCGGOV "Vojislav Kostunica" "Vojislav Kostunica met Javier Solana in Belgrade."
expect 2003-03-08 SCGGOV "Svetozar Marovic" "Svetozar Marovic met Javier Solana in Belgrade."
expect 2006-06-05 SCGGOV "Boris Tadic" "Boris Tadic met Javier Solana in Belgrade."
expect 2006-06-06 SRBGOV "Boris Tadic" "Boris Tadic met Javier Solana in Belgrade."
expect 2010-06-01 SRBGOV "Vuk Jeremic" "Vuk Jeremic criticised Kosovo at the United Nations."
expect 2010-06-01 MNEGOV "Milo Djukanovic" "Milo Djukanovic met Serbian officials in Podgorica."
expect 2009-06-01 KSVGOV "Hashim Thaci" "Hashim Thaci accused Serbia of obstructing talks."
expect 1995-05-01 BIHGOV "Haris Silajdzic" "Haris Silajdzic accused the Serbs of shelling Sarajevo."
expect 2003-05-01 BIHELI "Haris Silajdzic" "Haris Silajdzic accused the Serbs of obstruction."
expect 1994-06-01 BIHGOV "Alija Izetbegovic" "Alija Izetbegovic accused the Serbs of shelling Sarajevo."
expect 1995-07-12 BIHREB "Ratko Mladic" "Ratko Mladic threatened the Dutch peacekeepers."
expect 2011-06-01 BIHELI "Ratko Mladic" "Ratko Mladic accused NATO of lying."
expect 1994-06-01 BIHREB "Radovan Karadzic" "Radovan Karadzic threatened the United Nations peacekeepers."
expect 2004-06-01 IGOOHR "Paddy Ashdown" "Paddy Ashdown criticised the Bosnian Serb leaders."
expect 1996-06-01 IGOOHR "Carl Bildt" "Carl Bildt criticised the Bosnian Serb leaders."
expect 2008-06-01 SWEGOV "Carl Bildt" "Carl Bildt criticised Russia over Georgia."
expect 1999-12-10 HRVGOV "Franjo Tudjman" "Franjo Tudjman praised the Croatian army."
expect 1995-06-01 HRVGOV "Franjo Tuđman" "Franjo Tuđman met Alija Izetbegović in Zagreb."
expect 2002-06-01 HRVGOV "Stjepan Mesic" "Stjepan Mesic met Vojislav Kostunica in Zagreb."
expect 2009-07-05 HRVGOV "Ivo Sanader" "Ivo Sanader met Slovenian officials in Zagreb."
expect 2009-07-06 HRVGOV "Jadranka Kosor" "Jadranka Kosor met Slovenian officials in Zagreb."

# India, Pakistan, Japan: foreign and defence ministers, army chiefs.
expect 2000-06-01 INDGOV "Jaswant Singh" "Jaswant Singh criticised Pakistan over Kashmir."
expect 2001-06-01 INDMIL "Jaswant Singh" "Jaswant Singh criticised Pakistan over Kashmir."
expect 2005-06-01 INDMIL "Pranab Mukherjee" "Pranab Mukherjee met Donald Rumsfeld in Washington."
expect 2008-06-01 INDGOV "Pranab Mukherjee" "Pranab Mukherjee met Condoleezza Rice in New Delhi."
expect 2010-06-01 INDMIL "AK Antony" "AK Antony accused China of incursions."
expect 2016-06-01 INDGOV "Sushma Swaraj" "Sushma Swaraj criticised Pakistan over terrorism."
expect 2012-06-01 INDOPP "Sushma Swaraj" "Sushma Swaraj criticised the government over inflation."
expect 2018-06-01 INDMIL "Nirmala Sitharaman" "Nirmala Sitharaman met Jim Mattis in Washington."
expect 2015-06-01 PAKGOV "Sartaj Aziz" "Sartaj Aziz accused India of interfering in Balochistan."
expect 2010-06-01 PAKMIL "Ashfaq Parvez Kayani" "Ashfaq Parvez Kayani met Afghan officials in Kabul."
expect 2016-11-29 PAKMIL "Raheel Sharif" "Raheel Sharif accused India of ceasefire violations."
expect 2016-11-30 PAKELI "Raheel Sharif" "Raheel Sharif accused India of ceasefire violations."
expect 2009-06-01 PAKGOV "Shah Mahmood Qureshi" "Shah Mahmood Qureshi met Hillary Clinton in Washington."
expect 2015-06-01 JPNGOV "Fumio Kishida" "Fumio Kishida met Wang Yi in Beijing."
expect 2019-09-10 JPNGOV "Taro Kono" "Taro Kono criticised South Korea over the dispute."
expect 2019-09-11 JPNMIL "Taro Kono" "Taro Kono criticised South Korea over the dispute."
expect 2003-06-01 JPNMIL "Shigeru Ishiba" "Shigeru Ishiba threatened North Korea over the missile tests."
expect 2003-06-01 JPNGOV "Yoriko Kawaguchi" "Yoriko Kawaguchi met Colin Powell in Tokyo."
expect 2006-06-01 JPNGOV "Taro Aso" "Taro Aso criticised China over the gas fields."

# Saudi Arabia, Iraq, Afghanistan, the Koreas, regional organisations.
expect 2016-06-01 SAUGOV "Mohammed bin Nayef" "Mohammed bin Nayef met John Kerry in Riyadh."
expect 2018-06-01 SAUELI "Mohammed bin Nayef" "Mohammed bin Nayef met John Kerry in Riyadh."
expect 2015-03-01 SAUGOV "Muqrin bin Abdulaziz" "Muqrin bin Abdulaziz met John Kerry in Riyadh."
expect 2003-03-01 IRQGOV "Taha Yassin Ramadan" "Taha Yassin Ramadan threatened Kuwait."
expect 2007-03-01 IRQREB "Izzat Ibrahim al-Douri" "Izzat Ibrahim al-Douri threatened the Iraqi government."
expect 1998-03-01 IRQGOV "Mohammed Saeed al-Sahhaf" "Mohammed Saeed al-Sahhaf accused the United Nations inspectors of spying."
expect 2000-06-01 IRQMIL "Sultan Hashim Ahmad" "Sultan Hashim Ahmad threatened Kuwait."
expect 2014-06-01 IRQGOV "Masoud Barzani" "Masoud Barzani accused Turkey of bombing Kurdish villages."
expect 2008-06-01 IRQMIL "Abdul Qadir al-Obeidi" "Abdul Qadir al-Obeidi met Robert Gates in Baghdad."
expect 2003-06-01 AFGMIL "Mohammed Fahim" "Mohammed Fahim met Donald Rumsfeld in Kabul."
expect 2011-06-01 AFGGOV "Mohammed Fahim" "Mohammed Fahim accused Pakistan of sheltering militants."
expect 1998-06-01 AFGMIL "Ahmad Shah Massoud" "Ahmad Shah Massoud accused Pakistan of helping the Taliban."
expect 2016-06-01 AFGGOV "Abdul Rashid Dostum" "Abdul Rashid Dostum accused the Taliban of killing civilians."
expect 2017-06-17 KORGOV "Yun Byung-se" "Yun Byung-se met Wang Yi in Beijing."
expect 2017-06-18 KORGOV "Kang Kyung-wha" "Kang Kyung-wha met Wang Yi in Beijing."
expect 2019-06-01 KORELI "Yun Byung-se" "Yun Byung-se met Wang Yi in Beijing."
expect 2005-06-01 PRKGOV "Kim Yong Nam" "Kim Yong Nam met Hu Jintao in Beijing."
expect 2010-06-01 IGOOAS "Jose Miguel Insulza" "Jose Miguel Insulza criticised the coup in Honduras."
expect 2000-06-01 IGOAFROAU "Salim Ahmed Salim" "Salim Ahmed Salim urged Ethiopia to stop the fighting."

# Brazil, South Africa, Ethiopia, Caucasus, China, Turkey: earlier foreign and defence ministers.
expect 2008-06-01 BRAGOV "Celso Amorim" "Celso Amorim criticised the United States over trade."
expect 2012-06-01 BRAMIL "Celso Amorim" "Celso Amorim met Leon Panetta in Brasilia."
expect 2012-06-01 BRAGOV "Antonio Patriota" "Antonio Patriota criticised Syria over the massacre."
expect 2020-06-01 BRAGOV "Ernesto Araujo" "Ernesto Araujo criticised China over the pandemic."
expect 1996-06-01 ZAFGOV "Alfred Nzo" "Alfred Nzo met Warren Christopher in Pretoria."
expect 2003-06-01 ZAFMIL "Mosiuoa Lekota" "Mosiuoa Lekota praised the peacekeepers in Burundi."
expect 2021-08-04 ZAFLEG "Thandi Modise" "Thandi Modise accused Zimbabwe of smuggling arms."
expect 2021-08-05 ZAFMIL "Thandi Modise" "Thandi Modise accused Zimbabwe of smuggling arms."
expect 2014-06-01 ETHGOV "Tedros Adhanom" "Tedros Adhanom urged South Sudan to stop the fighting."
expect 2020-06-01 IGOWHO "Tedros Adhanom" "Tedros Adhanom urged China to share data."
expect 1990-10-01 RUSGOV "Eduard Shevardnadze" "Eduard Shevardnadze met James Baker in New York."
expect 1995-06-01 GEOGOV "Eduard Shevardnadze" "Eduard Shevardnadze accused Russia of backing the Abkhaz rebels."
expect 2015-06-01 ARMGOV "Edward Nalbandian" "Edward Nalbandian accused Azerbaijan of violating the ceasefire."
expect 2015-06-01 AZEGOV "Elmar Mammadyarov" "Elmar Mammadyarov accused Armenia of violating the ceasefire."
expect 1992-06-01 CHNMIL "Qin Jiwei" "Qin Jiwei met Vietnamese officials in Beijing."
expect 1993-06-01 TURGOV "Hikmet Cetin" "Hikmet Cetin criticised Armenia over the offensive."

# United States acting defense secretaries, Israel, Iran, Sudan, Colombia, Venezuela.
expect 2019-03-01 USAMIL "Patrick Shanahan" "Patrick Shanahan met Afghan officials in Kabul."
expect 2020-12-01 USAMIL "Christopher Miller" "Christopher Miller met Afghan officials in Kabul."
expect 2021-02-01 USAELI "Christopher Miller" "Christopher Miller criticised the Taliban."
expect 2019-07-01 USAMIL "Mark Esper" "Mark Esper met Turkish officials in Brussels."
expect 2009-06-01 ISRMIL "Gabi Ashkenazi" "Gabi Ashkenazi threatened Hezbollah."
expect 2020-09-01 ISRGOV "Gabi Ashkenazi" "Gabi Ashkenazi met Heiko Maas in Berlin."
expect 2006-06-01 IRNGOV "Ali Larijani" "Ali Larijani met Javier Solana in Vienna."
expect 2015-06-01 IRNLEG "Ali Larijani" "Ali Larijani criticised the United States."
expect 1997-06-01 SDNOPP "Sadiq al-Mahdi" "Sadiq al-Mahdi accused Omar al-Bashir of tyranny."
expect 2015-06-01 COLGOV "Maria Angela Holguin" "Maria Angela Holguin criticised Venezuela over the border closure."
expect 2014-06-01 VENLEG "Diosdado Cabello" "Diosdado Cabello accused the United States of plotting a coup."

# Caretaker and acting heads of government; vice presidents; South Korean, Armenian, Georgian prime ministers.
expect 2023-10-01 PAKGOV "Anwaar-ul-Haq Kakar" "Anwaar-ul-Haq Kakar accused Afghanistan of sheltering militants."
expect 2024-03-05 PAKELI "Anwaar-ul-Haq Kakar" "Anwaar-ul-Haq Kakar accused Afghanistan of sheltering militants."
expect 2008-01-15 PAKGOV "Muhammad Mian Soomro" "Muhammad Mian Soomro met Hamid Karzai in Islamabad."
expect 2017-02-01 KORGOV "Hwang Kyo-ahn" "Hwang Kyo-ahn threatened North Korea with retaliation."
expect 2019-06-01 KOROPP "Hwang Kyo-ahn" "Hwang Kyo-ahn criticised Moon Jae-in over North Korea."
expect 2018-06-01 KORGOV "Lee Nak-yon" "Lee Nak-yon met Japanese officials in Seoul."
expect 2021-06-01 PRKGOV "Kim Tok Hun" "Kim Tok Hun accused South Korea of provocations."
expect 1993-10-01 VENGOV "Ramon Jose Velasquez" "Ramon Jose Velasquez met Colombian officials in Caracas."
expect 2002-04-12 VENGOV "Pedro Carmona" "Pedro Carmona dissolved the National Assembly."
expect 2005-06-01 NGAGOV "Atiku Abubakar" "Atiku Abubakar met Thabo Mbeki in Abuja."
expect 2019-02-01 NGAOPP "Atiku Abubakar" "Atiku Abubakar accused Muhammadu Buhari of rigging the election."
expect 2017-06-01 NGAGOV "Yemi Osinbajo" "Yemi Osinbajo met Theresa May in London."
expect 2010-06-01 CODOPP "Etienne Tshisekedi" "Etienne Tshisekedi accused Joseph Kabila of fraud."
expect 2010-06-01 GEOGOV "Nika Gilauri" "Nika Gilauri accused Russia of occupying Georgian land."
expect 2004-06-01 GEOGOV "Zurab Zhvania" "Zurab Zhvania accused Russia of backing the separatists."
expect 1999-10-27 ARMGOV "Vazgen Sargsyan" "Vazgen Sargsyan met Azerbaijani officials in Yerevan."
expect 2010-06-01 ARMGOV "Tigran Sargsyan" "Tigran Sargsyan met Vladimir Putin in Moscow."

# Serbia and Kosovo: earlier offices of current leaders, Kosovo's presidents and prime ministers.
expect 1999-04-01 SCGGOV "Aleksandar Vucic" "Aleksandar Vucic accused NATO of killing civilians."
expect 2013-01-01 SRBMIL "Aleksandar Vucic" "Aleksandar Vucic accused Kosovo of provocations."
expect 2010-06-01 SRBGOV "Ivica Dacic" "Ivica Dacic accused Kosovo of provocations."
expect 2018-06-01 SRBMIL "Aleksandar Vulin" "Aleksandar Vulin accused Croatia of provocations."
expect 1999-04-01 SCGGOV "Vojislav Seselj" "Vojislav Seselj threatened NATO."
expect 2019-06-01 KSVOPP "Albin Kurti" "Albin Kurti criticised Ramush Haradinaj over the tariffs."
expect 2018-06-01 KSVGOV "Ramush Haradinaj" "Ramush Haradinaj accused Serbia of obstructing talks."
expect 2008-01-08 KSVGOV "Agim Ceku" "Agim Ceku accused Serbia of obstructing talks."
expect 2013-06-01 KSVGOV "Atifete Jahjaga" "Atifete Jahjaga met Joe Biden in Pristina."
expect 1995-08-01 HRVMIL "Gojko Susak" "Gojko Susak threatened the Krajina Serbs."

# Intelligence chiefs, vice presidents and opposition figures of the Middle East and Afghanistan.
expect 2008-06-01 EGYSPY "Omar Suleiman" "Omar Suleiman met Hamas leaders in Cairo."
expect 2011-02-05 EGYGOV "Omar Suleiman" "Omar Suleiman met opposition leaders in Cairo."
expect 2013-06-01 SAUSPY "Bandar bin Sultan" "Bandar bin Sultan met Vladimir Putin in Moscow."
expect 1999-06-01 SAUSPY "Turki al-Faisal" "Turki al-Faisal met Taliban leaders in Kandahar."
expect 2008-06-01 AFGREB "Gulbuddin Hekmatyar" "Gulbuddin Hekmatyar threatened American troops."
expect 2000-06-01 ETHGOV "Seyoum Mesfin" "Seyoum Mesfin accused Eritrea of aggression."
expect 2016-06-01 SYRREB "Abu Mohammad al-Julani" "Abu Mohammad al-Julani threatened Russia."
expect 2013-06-01 SYROPP "Ahmad Jarba" "Ahmad Jarba accused Hezbollah of invading Syria."
expect 2006-06-01 SYROPP "Abdul Halim Khaddam" "Abdul Halim Khaddam accused Bashar al-Assad of corruption."
expect 2002-06-01 IRQOPP "Ahmed Chalabi" "Ahmed Chalabi accused Saddam Hussein of hiding weapons."
expect 1995-06-01 IRNMIL "Mohammad Forouzandeh" "Mohammad Forouzandeh met Chinese officials in Beijing."
expect 2010-06-01 IRNOPP "Mir Hossein Mousavi" "Mir Hossein Mousavi criticised Mahmoud Ahmadinejad."

# Japan: foreign ministers before 1998.
expect 1992-06-01 JPNGOV "Michio Watanabe" "Michio Watanabe met James Baker in Tokyo."
expect 1993-10-01 JPNGOV "Tsutomu Hata" "Tsutomu Hata met Warren Christopher in Tokyo."
expect 1997-06-01 JPNGOV "Yukihiko Ikeda" "Yukihiko Ikeda criticised China over the nuclear tests."

# African Union and UN heads, and their earlier national offices.
expect 2002-12-01 IGOAFRAU "Amara Essy" "Amara Essy urged the rebels in Ivory Coast to stop fighting."
expect 1991-06-01 EGYGOV "Boutros Boutros-Ghali" "Boutros Boutros-Ghali met James Baker in Cairo."
expect 1993-06-01 IGOUNO "Boutros Boutros-Ghali" "Boutros Boutros-Ghali urged the Bosnian Serbs to accept the plan."

# Armed groups' leaders keep their group's code; Chechnya.
expect 2001-10-01 IMGMOSALQ "Usama bin Ladin" "Usama bin Ladin threatened the United States."
expect 2015-06-01 IMGMOSALQ "Ayman al-Zawahiri" "Ayman al-Zawahiri threatened the United States."
expect 2015-06-01 IMGMOSISI "Abu Bakr al-Baghdadi" "Abu Bakr al-Baghdadi threatened the United States."
expect 2005-06-01 IRQINSALQ "Abu Musab al-Zarqawi" "Abu Musab al-Zarqawi threatened the Iraqi government."
expect 1995-06-01 RUSREB "Dzhokhar Dudayev" "Dzhokhar Dudayev threatened Moscow with attacks."
expect 2020-06-01 RUSOPP "Alexei Navalny" "Alexei Navalny accused Vladimir Putin of corruption."
expect 1996-06-01 RUSOPP "Gennady Zyuganov" "Gennady Zyuganov accused Boris Yeltsin of ruining Russia."
expect 2023-06-24 RUSUAFWAG "Yevgeny Prigozhin" "Yevgeny Prigozhin accused Sergei Shoigu of lying."
expect 2008-06-01 UKRGOV "Timoshenko" "Timoshenko criticised Russia over the gas prices."
expect 2002-06-01 RUSGOV "Akhmad Kadyrov" "Akhmad Kadyrov accused the rebels of killing civilians."
expect 1996-08-20 RUSGOV "Alexander Lebed" "Alexander Lebed met Aslan Maskhadov in Chechnya."
expect 2003-06-01 PSEREBHMS "Ahmed Yassin" "Ahmed Yassin threatened Israel with revenge."
expect 2012-06-01 NGAINSBKH "Abubakar Shekau" "Abubakar Shekau threatened the Nigerian government."
expect 2011-06-01 PAKINSTTP "Hakimullah Mehsud" "Hakimullah Mehsud threatened the Pakistani government."
expect 2015-06-01 IRNMIL "Qassem Soleimani" "Qassem Soleimani threatened Israel."
expect 2010-06-01 IRNGOV "Saeed Jalili" "Saeed Jalili met Catherine Ashton in Geneva."
expect 2014-06-01 IRNELI "Saeed Jalili" "Saeed Jalili criticised Hassan Rouhani over the talks."
expect 2012-06-01 IRNMIL "Mohammad Ali Jafari" "Mohammad Ali Jafari threatened Israel."
expect 2013-06-01 PRKGOV "Jang Song Thaek" "Jang Song Thaek met Chinese officials in Beijing."
expect 2013-06-01 VENOPP "Henrique Capriles" "Henrique Capriles accused Nicolas Maduro of fraud."
expect 2005-06-01 COLREB "Raul Reyes" "Raul Reyes threatened the Colombian government."
expect 2016-06-01 COLREB "Ivan Marquez" "Ivan Marquez accused the Colombian government of violating the ceasefire."
expect 2018-06-01 COLOPP "Ivan Marquez" "Ivan Marquez accused the Colombian government of violating the agreement."
expect 2005-06-01 CODGOV "Jean-Pierre Bemba" "Jean-Pierre Bemba accused Rwanda of backing the rebels."
expect 2008-10-01 CODREB "Laurent Nkunda" "Laurent Nkunda threatened the Congolese army."
expect 2015-06-01 TUROPP "Kemal Kilicdaroglu" "Kemal Kilicdaroglu criticised Recep Tayyip Erdogan over Syria."
expect 2016-06-01 TUROPP "Selahattin Demirtas" "Selahattin Demirtas accused the government of attacking Kurds."
expect 2015-06-01 UKRSEPDPR "Alexander Zakharchenko" "Alexander Zakharchenko threatened the Ukrainian army."
expect 2014-07-20 UKRSEPDPR "Igor Girkin" "Igor Girkin threatened the Ukrainian army."

# Earlier offices of current office-holders (coded only for their latest office before).
expect 2016-06-01 DNKGOV "Lars Lokke Rasmussen" "Lars Lokke Rasmussen criticised Russia over Crimea."
expect 2008-06-01 SVKGOV "Robert Fico" "Robert Fico criticised Hungary over the minority law."
expect 2008-06-01 POLLEG "Bronislaw Komorowski" "Bronislaw Komorowski criticised Russia over Georgia."
expect 2025-01-15 IRNGOV "Mohammad Javad Zarif" "Mohammad Javad Zarif criticised the United States over sanctions."
expect 2012-06-01 IGOUNO "Kassym-Jomart Tokayev" "Kassym-Jomart Tokayev urged Iran to cooperate."

# Long-serving rulers and rebel leaders outside the priority list.
expect 2005-06-01 ZWEGOV "Robert Mugabe" "Robert Mugabe accused Britain of plotting against Zimbabwe."
expect 2017-11-22 ZWEELI "Robert Mugabe" "Robert Mugabe accused Britain of plotting against Zimbabwe."
expect 2010-06-01 ZWEGOV "Morgan Tsvangirai" "Morgan Tsvangirai criticised South Africa over its mediation."
expect 2005-06-01 DZAGOV "Abdelaziz Bouteflika" "Abdelaziz Bouteflika criticised France over its colonial past."
expect 2011-01-13 TUNGOV "Zine El Abidine Ben Ali" "Zine El Abidine Ben Ali accused French media of lying."
expect 2016-06-01 TUNGOV "Beji Caid Essebsi" "Beji Caid Essebsi met Francois Hollande in Paris."
expect 1999-07-01 LBRGOV "Charles Taylor" "Charles Taylor accused Guinea of backing rebels."
expect 1995-06-01 PERGOV "Alberto Fujimori" "Alberto Fujimori accused Ecuador of aggression."
expect 1996-06-01 CHLMIL "Augusto Pinochet" "Augusto Pinochet criticised the Chilean government."
expect 2008-06-01 BOLGOV "Evo Morales" "Evo Morales accused the United States of backing the opposition."
expect 1993-06-01 HTIGOV "Jean-Bertrand Aristide" "Jean-Bertrand Aristide accused the Haitian army of killings."
expect 1993-06-01 HTIMIL "Raoul Cedras" "Raoul Cedras rejected the United Nations plan."
expect 2005-06-01 LKAREB "Velupillai Prabhakaran" "Velupillai Prabhakaran threatened the Sri Lankan government."
expect 1993-06-01 SOMREB "Mohamed Farrah Aidid" "Mohamed Farrah Aidid threatened the United Nations peacekeepers."

# Each name and synonym once in the leaders file, and none of them also in another actor file.
names() { grep -E '^\+?[A-Z0-9]' "$1" | sed 's/^+//; s/[[:space:]]*#.*//; s/[[:space:]]*\[.*//; s/[[:space:]]*$//'; }
n=$((n + 1))
dups=$(names "$dict" | sort | uniq -d)
if [ -z "$dups" ]; then echo "ok $n - no name listed twice in leaders.actors.txt"; else echo "FAIL $n - listed twice: $dups"; fail=1; fi
n=$((n + 1))
names "$dict" | sort -u > "$tmp/leaders"
for f in "$root"/data/dict/*.actors.txt; do [ "$f" = "$dict" ] || names "$f"; done | sort -u > "$tmp/others"
shared=$(comm -12 "$tmp/leaders" "$tmp/others")
if [ -z "$shared" ]; then echo "ok $n - no leader name shared with another actor file"; else echo "FAIL $n - also in another file: $shared"; fail=1; fi
n=$((n + 1))
"$dyad" code --dict-dir "$root/data/dict" --date 2000-01-01 "$root/data/sample/article.txt" > /dev/null 2> "$tmp/err"
if ! grep -q 'leaders.actors.txt' "$tmp/err"; then echo "ok $n - the dictionary loads without warnings"; else echo "FAIL $n - $(cat "$tmp/err")"; fail=1; fi
exit $fail
