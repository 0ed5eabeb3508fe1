/**
 * Ukrainian and English constructions: word order and prepositions carry the roles, so each case
 * pins one construction the rules read (subject sharing, complements, conditions, background).
 */
import { type EventCase, eventCases } from '../../../test/helpers/event-cases.js';

const CASES: EventCase[] = [
  // A launch into the sea is a show of force, a launch at a country an attack.
  {
    lang: 'en',
    text: 'North Korea fired a ballistic missile into the sea off its east coast. Russia fired 45 missiles at Ukraine.',
    events: [
      { type: 'MOBILIZE', source: 'PRK', target: null },
      { type: 'ASSAULT', source: 'RUS', target: 'UKR' },
    ],
    exact: true,
  },
  // "by" names the agent only in a passive clause.
  {
    lang: 'en',
    text: "China's foreign ministry summoned the Japanese ambassador to protest remarks by Prime Minister Sanae Takaichi about Taiwan.",
    events: [{ type: 'ACCUSE', source: 'CHN', target: 'JPN' }],
    exact: true,
  },
  // Sanctions adopted (masculine past), a government blocking a decision, a condemnation aimed at
  // the act it names.
  {
    lang: 'uk',
    text: 'Росія атакувала Київ дронами. Євросоюз ухвалив 19-й пакет санкцій проти Росії. Угорщина заблокувала виділення Україні 50 мільярдів євро. Сибіга засудив удар по Києву.',
    events: [
      { type: 'ASSAULT', source: 'RUS', target: 'UKR' },
      { type: 'SANCTION', source: 'European Union', target: 'RUS' },
      { type: 'REJECT', source: 'HUN', target: 'UKR' },
      { type: 'ACCUSE', source: 'UKR', target: 'RUS' },
    ],
    exact: true,
  },
  // Agreeing on sanctions imposes them; blocking a decision refuses it.
  {
    lang: 'en',
    text: 'The European Union agreed on its 19th sanctions package against Russia. Hungary blocked the opening of EU accession talks with Ukraine.',
    events: [
      { type: 'SANCTION', source: 'European Union', target: 'RUS' },
      { type: 'REJECT', source: 'HUN', target: 'UKR' },
    ],
    exact: true,
  },
  // English: the second of coordinated verbs shares the first subject.
  {
    lang: 'en',
    text: 'Chancellor Friedrich Merz received Polish President Karol Nawrocki in Berlin on Monday but refused to discuss war reparations.',
    events: [{ type: 'REJECT', source: 'Merz', target: null }],
  },
  // The verb before "that" keeps its clause; the one asked is the complement's subject.
  {
    lang: 'en',
    text: 'Chinese Foreign Minister Wang Yi demanded that Japan withdraw the remarks.',
    events: [{ type: 'REQUEST', source: 'CHN', target: 'JPN' }],
    exact: true,
  },
  // "is expected to meet" is active: the auxiliary before "expected" makes no passive.
  {
    lang: 'en',
    text: 'Turkish Foreign Minister Hakan Fidan is expected to meet Iranian Foreign Minister Abbas Araghchi in Ankara next week.',
    events: [{ type: 'CONSULT', source: 'TUR', target: 'IRN', modality: 'planned' }],
    exact: true,
  },
  // A country adjective before a noun head is who attacked; "on" names the target.
  {
    lang: 'en',
    text: 'Power was cut in Odesa after a Russian drone attack on southern Ukraine overnight, officials said.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
  },
  // Background that sums up past acts is no event.
  {
    lang: 'en',
    text: 'Norway has provided Ukraine with more than 2 billion dollars in military aid since 2022.',
    events: [],
    exact: true,
  },
  // Force on a stated condition is a threat, asserted.
  {
    lang: 'en',
    text: 'Finnish Prime Minister Petteri Orpo said Finland would close its border with Russia if the migrant flows continued.',
    events: [{ type: 'THREATEN', source: 'FIN', target: 'RUS', modality: 'asserted' }],
  },
  // Readiness with nobody named is an AGREE of its own, planned.
  {
    lang: 'en',
    text: 'Armenian Prime Minister Nikol Pashinyan said Armenia was ready for a peace treaty.',
    events: [{ type: 'AGREE', source: 'ARM', target: null, modality: 'planned' }],
  },
  // "and said" ends what a denial covers.
  {
    lang: 'en',
    text: 'Kremlin spokesman Dmitry Peskov denied the report and said Moscow would retaliate against any seizure of its assets.',
    events: [{ type: 'THREATEN', source: 'RUS', target: null, modality: 'asserted' }],
  },
  // Coordinated country adjectives before a plural body: each names a party.
  {
    lang: 'en',
    text: 'The Swedish and Norwegian navies began joint exercises in the Baltic Sea on Tuesday.',
    events: [{ type: 'COOPERATE', source: 'SWE', target: 'NOR' }],
    exact: true,
  },
  // Particles inside a name; a condemnation without an actor as object aims at the last hostile act.
  {
    lang: 'en',
    text: 'Russian missiles struck a hospital in Kharkiv on Sunday. European Commission President Ursula von der Leyen condemned the attack.',
    events: [
      { type: 'ASSAULT', source: 'RUS', target: 'UKR' },
      { type: 'ACCUSE', source: 'von der Leyen', target: 'RUS' },
    ],
  },
  // A refusal that contains its negation is asserted.
  {
    lang: 'en',
    text: 'Slovak Prime Minister Robert Fico said Slovakia would not join the new ammunition initiative.',
    events: [{ type: 'REJECT', source: 'SVK', target: null, modality: 'asserted' }],
  },
  // A receiver's "from" names the giver.
  {
    lang: 'en',
    text: 'Moldova received 120 million euros in budget support from Romania and Germany on Friday.',
    events: [
      { type: 'AID', source: 'ROU', target: 'MDA' },
      { type: 'AID', source: 'DEU', target: 'MDA' },
    ],
    exact: true,
  },
  // Launching drones at a country is a strike on it.
  {
    lang: 'en',
    text: 'Russia launched 300 drones and 20 missiles at Ukraine overnight, the Ukrainian air force said.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
  },
  // The subject's own title before the verb is not the office given; "as" names it.
  {
    lang: 'en',
    text: 'Polish President Karol Nawrocki appointed Radoslaw Sikorski as deputy prime minister on Wednesday.',
    events: [{ type: 'APPOINT', source: 'Sikorski', target: 'Nawrocki' }],
    exact: true,
  },
  // A warning names its own state in what it threatens; that state is not the target.
  {
    lang: 'en',
    text: 'Chinese Foreign Minister Wang Yi warned Japan that Beijing was prepared to take countermeasures.',
    events: [{ type: 'THREATEN', source: 'CHN', target: 'JPN' }],
    exact: true,
  },
  // A warning is a threat only with someone warned; a court that "ruled" refused nothing.
  {
    lang: 'en',
    text: 'The United Nations warned of a hard winter for Ukrainian civilians. A Moscow court ruled that the journalist must stay in custody.',
    events: [],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Russian President Vladimir Putin warned Finland that joining the drills would have consequences.',
    events: [{ type: 'THREATEN', source: 'RUS', target: 'FIN' }],
  },
  // Ukrainian: a nominative after the verb is the subject when nothing nominative stands before.
  {
    lang: 'uk',
    text: 'Молдову підтримала Румунія.',
    events: [{ type: 'SUPPORT', source: 'ROU', target: 'MDA' }],
    exact: true,
  },
  // A plural verb with a coordinated pair after it: the pair acts, the name before is the object.
  {
    lang: 'uk',
    text: 'З обранням Мерца привітали президент Франції Емманюель Макрон та прем’єр-міністр Польщі Дональд Туск.',
    events: [
      { type: 'SUPPORT', source: 'FRA', target: 'Merz' },
      { type: 'SUPPORT', source: 'POL', target: 'Merz' },
    ],
    exact: true,
  },
  // Force on a condition is a threat; the instrumental of a -ь name (Білоруссю) is recognised.
  {
    lang: 'uk',
    text: 'Прем’єр-міністр Литви заявила, що Вільнюс закриє кордон з Білоруссю, якщо запуски куль триватимуть.',
    events: [{ type: 'THREATEN', source: 'LTU', target: 'BLR', modality: 'asserted' }],
  },
  // A seat of power in the locative speaks for its state; the condemned act is the last hostile one.
  {
    lang: 'uk',
    text: 'Росія розмістила в Білорусі ракетний комплекс «Орєшнік». У МЗС України розміщення назвали ядерним шантажем.',
    events: [
      { type: 'MOBILIZE', source: 'RUS', target: null },
      { type: 'ACCUSE', source: 'UKR', target: 'RUS' },
    ],
  },
  // The invitation governs its complement: the visit invited to is no visit of its own.
  {
    lang: 'uk',
    text: 'Президент Фінляндії Александр Стубб запросив Зеленського відвідати Гельсінкі.',
    events: [{ type: 'AGREE', source: 'FIN', target: 'Zelensk' }],
    exact: true,
  },
  // A future form of the trigger itself is planned.
  {
    lang: 'uk',
    text: 'Міністр оборони Німеччини Борис Пісторіус заявив, що Берлін передасть Україні ще дві системи IRIS-T.',
    events: [{ type: 'AID', source: 'DEU', target: 'UKR', modality: 'planned' }],
  },
  // A strike hits the state named in the genitive after its target.
  {
    lang: 'uk',
    text: 'Російські війська завдали ракетного удару по енергетичній інфраструктурі України.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
  },
  // A refusal by negation is asserted.
  {
    lang: 'uk',
    text: 'Прем’єр-міністр Словаччини Роберт Фіцо заявив, що Братислава не підтримає нового пакета санкцій.',
    events: [{ type: 'REJECT', source: 'SVK', target: null, modality: 'asserted' }],
  },
  // A receiver's "від" names the giver.
  {
    lang: 'uk',
    text: 'Молдова отримала 120 млн євро бюджетної підтримки від Румунії та Німеччини.',
    events: [
      { type: 'AID', source: 'ROU', target: 'MDA' },
      { type: 'AID', source: 'DEU', target: 'MDA' },
    ],
    exact: true,
  },
  // Background since the start of the invasion is no event.
  {
    lang: 'uk',
    text: 'З початку повномасштабного вторгнення Швеція передала Україні озброєння на 5 млрд євро.',
    events: [],
    exact: true,
  },
  // Shooting down the enemy's drones: the defender acts upon the drones' side.
  {
    lang: 'uk',
    text: 'Сили оборони збили над Харківщиною 30 російських безпілотників.',
    events: [{ type: 'ASSAULT', source: 'UKR', target: 'RUS' }],
    exact: true,
  },
  // Aid and sanctions told without a recipient go where the article's other aid or sanctions go.
  {
    lang: 'en',
    text: 'Washington imposed sanctions on Russian oil companies on Wednesday. Britain, which sanctioned two more firms last month, welcomed the decision.',
    events: [
      { type: 'SANCTION', source: 'USA', target: 'RUS' },
      { type: 'SANCTION', source: 'GBR', target: 'RUS' },
    ],
  },
  {
    lang: 'uk',
    text: 'Норвегія виділила Україні 200 млн доларів допомоги на енергетику. Окремо Швеція оголосила про виділення 50 млн доларів допомоги для ремонту підстанцій.',
    events: [
      { type: 'AID', source: 'NOR', target: 'UKR' },
      { type: 'AID', source: 'SWE', target: 'UKR' },
    ],
  },
  // Hackers attacking computer systems is a cyber operation, not a strike; the region names the state.
  {
    lang: 'en',
    text: 'Russian hackers attacked the computer systems of several hospitals in Saxony, the federal cyber security agency said on Tuesday.',
    events: [{ type: 'COERCE', source: 'RUS', target: 'DEU' }],
    exact: true,
  },
  // A high representative is a role, not a name.
  {
    lang: 'uk',
    text: 'Верховна представниця ЄС Кая Каллас заявила, що Європа готова взяти на себе гарантії безпеки для України.',
    events: [{ type: 'AGREE', source: 'Kallas', target: 'UKR', modality: 'planned' }],
  },
  // A title in apposition, set off by commas, gives the envoy his country.
  {
    lang: 'en',
    text: 'The Iranian ambassador, Hamid Bayat, was summoned to the foreign ministry in Paris on Monday.',
    events: [{ type: 'ACCUSE', source: 'FRA', target: 'IRN' }],
    exact: true,
  },
  // A release told from the receiving side: the giver is the other party of the exchange.
  {
    lang: 'en',
    text: 'Russia and Ukraine exchanged 84 prisoners of war each on Thursday. Ukraine also received 12 civilians, the human rights ombudsman said.',
    events: [
      { type: 'RETREAT', source: 'RUS', target: 'UKR' },
      { type: 'RETREAT', source: 'UKR', target: 'RUS' },
      { type: 'RETREAT', source: 'RUS', target: 'UKR' },
    ],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'Крім того, Україні були передані 20 цивільних, яких Росія утримувала на окупованих територіях.',
    events: [{ type: 'RETREAT', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  // A plural common noun opening a sentence ("Кошти") is not the surname it could inflect; the
  // quote's speaker is then the president just named.
  {
    lang: 'uk',
    text: "Президент України Володимир Зеленський провів телефонну розмову з прем'єр-міністром Бельгії Бартом де Вевером. Кошти спрямують на закупівлю систем ППО.\n\n«Ми домовилися продовжити спільну роботу над виробництвом дронів», – написав президент.",
    events: [
      { type: 'CONSULT', source: 'Zelensk', target: 'BEL' },
      { type: 'AGREE', source: 'Zelensk', target: 'BEL' },
    ],
  },
  // Demands at home are made of the state's own government; "вимагає" is present, not future.
  {
    lang: 'uk',
    text: 'Опозиційна партія «Тиса» вимагає від уряду Угорщини компенсувати аграріям збитки від посухи.',
    events: [{ type: 'REQUEST', source: 'Tisza', target: 'Government of Hungary', modality: 'asserted' }],
    exact: true,
  },
  // Political parties act for their country.
  {
    lang: 'uk',
    text: 'Партія «Грузинська мрія» відкинула вимоги опозиції щодо нових виборів.',
    events: [{ type: 'REJECT', source: 'GEO', target: null }],
  },
  // Handing over captives is one-way: from the side that held them to the other.
  {
    lang: 'en',
    text: 'Russia released 20 Ukrainian prisoners of war on Monday.',
    events: [{ type: 'RETREAT', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  // "Both sides" for one of the parties of the last talks are the two sides the article is about.
  {
    lang: 'en',
    text: 'Israeli forces struck targets in southern Lebanon on Monday, and Lebanon accused Israel of violating the truce. Macron spoke by phone with Netanyahu on Tuesday. He urged both sides to respect the ceasefire.',
    events: [
      { type: 'REQUEST', source: 'Macron', target: 'ISR' },
      { type: 'REQUEST', source: 'Macron', target: 'LBN' },
    ],
  },
  // "... and said" opens a second predicate: what follows is no complement of the condemnation,
  // and its subject is the nearest name before the verb.
  {
    lang: 'en',
    text: 'Kaja Kallas condemned the attack and said the EU would adopt new sanctions against Russia next month.',
    events: [{ type: 'SANCTION', source: 'European Union', target: 'RUS', modality: 'planned' }],
  },
  // A statement by someone the text does not name ("Police said") is not the last actor's.
  {
    lang: 'en',
    text: 'Polish Prime Minister Donald Tusk said on Monday that Warsaw would close two more border crossings with Belarus. Police said the crossings were calm overnight.',
    events: [{ type: 'COERCE', source: 'POL', target: 'BLR', modality: 'planned' }],
    exact: true,
  },
  // A quoted judgement on what another state just did accuses it.
  {
    lang: 'en',
    text: 'Russian drones struck a grain warehouse in Romania overnight. "This is a deliberate provocation," Romanian President Nicusor Dan said.',
    events: [{ type: 'ACCUSE', source: 'ROU', target: 'RUS' }],
  },
  // Expressing a protest to a state is an official complaint.
  {
    lang: 'uk',
    text: 'МЗС Японії висловило рішучий протест китайській стороні через маневри біля островів Сенкаку.',
    events: [{ type: 'ACCUSE', source: 'JPN', target: 'CHN' }],
    exact: true,
  },
  // Aid received and the same aid given are one act; the giver may follow the verb, before the
  // amount, and a lone adjective opening the sentence ("Основну") is no patronymic.
  {
    lang: 'uk',
    text: 'Молдова отримала 300 млн євро від Румунії. Основну частину коштів – 250 млн євро – надала Румунія, ще 50 млн – Європейський інвестиційний банк.',
    events: [{ type: 'AID', source: 'ROU', target: 'MDA' }],
    exact: true,
  },
  // Aid received from no one named comes from the other party of the talks just reported.
  {
    lang: 'en',
    text: 'Zelenskiy held talks with Swedish Prime Minister Ulf Kristersson in Kyiv on Tuesday. Ukraine received 20 million euros in aid for its power grid.',
    events: [{ type: 'AID', source: 'SWE', target: 'UKR' }],
  },
  // Summoning an envoy is an official complaint against the envoy's state.
  {
    lang: 'uk',
    text: 'Міністр закордонних справ Угорщини Петер Сіярто викликав посла України через заяви київських посадовців.',
    events: [{ type: 'ACCUSE', source: 'HUN', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'Росія в ніч на неділю запустила по Україні 300 дронів і 20 ракет.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
  },
  // A government's protest is an official complaint, not a demonstration.
  {
    lang: 'en',
    text: "Japan's Foreign Ministry said on Tuesday it had lodged a formal protest with China over the incursion.",
    events: [{ type: 'ACCUSE', source: 'JPN', target: 'CHN' }],
    exact: true,
  },
  // The verb after a relative clause is the main clause's: its subject is the antecedent.
  {
    lang: 'en',
    text: 'Egypt and Qatar, which have been mediating between Israel and Hamas, called on all sides to show restraint.',
    events: [
      { type: 'REQUEST', source: 'EGY', target: null },
      { type: 'REQUEST', source: 'QAT', target: null },
    ],
    exact: true,
  },
  // A trip dated after the report is planned; halting aid is a sanction; training another
  // state's troops is military aid.
  {
    lang: 'en',
    text: 'Japanese Prime Minister Shigeru Ishiba will travel to Washington next week. Japan halted economic aid to Myanmar. Britain trained 50,000 Ukrainian recruits.',
    events: [
      { type: 'CONSULT', source: 'JPN', target: 'USA', modality: 'planned' },
      { type: 'SANCTION', source: 'JPN', target: 'MMR' },
      { type: 'AID', source: 'GBR', target: 'UKR' },
    ],
    exact: true,
  },
  // "has said" reports a position taken before, not news.
  {
    lang: 'en',
    text: 'Hungarian Prime Minister Viktor Orban has said he will not support sanctions on Russian energy and has ruled out sending weapons to Ukraine.',
    events: [],
    exact: true,
  },
  // A headline's "X to close" is planned; a reaction aims at what its object names, never at thanks.
  {
    lang: 'en',
    text: 'Poland to close last border crossing with Belarus\n\nUkrainian President Volodymyr Zelenskiy thanked the leaders and said the funds would help. Russian Foreign Minister Sergei Lavrov accused the West of using Ukraine to wage a proxy war.',
    events: [
      { type: 'COERCE', source: 'POL', target: 'BLR', modality: 'planned' },
      { type: 'SUPPORT', source: 'UKR', target: null },
      { type: 'ACCUSE', source: 'RUS', target: null },
    ],
    exact: true,
  },
  // Anonymous sources speak for no one named earlier in the clause; a conjunct shares the
  // preposition of the first ("to Croatia and Ecuador" is no subject).
  {
    lang: 'en',
    text: 'Prosecutors are examining arms sales to Croatia and Ecuador in the 1990s, court sources said on Wednesday.',
    events: [],
    exact: true,
  },
  // A participle after a determiner describes a noun; what is proposed is no act of its own.
  {
    lang: 'en',
    text: 'The expelled diplomats left Berlin on Friday. Russia proposed a new prisoner exchange to Ukraine.',
    events: [{ type: 'AGREE', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  // An act in a clause of time is the occasion of a statement, not what it reports.
  {
    lang: 'en',
    text: 'U.S. President Donald Trump said on Tuesday that Ukraine could win back all of its territory, in a sharp shift in tone after he met Ukrainian President Volodymyr Zelenskiy in New York.',
    events: [
      { type: 'STATEMENT', source: 'USA', target: null },
      { type: 'CONSULT', source: 'USA', target: 'UKR' },
    ],
    exact: true,
  },
  // "the new prime minister" is the one the text gave the office; a verb after "and" ends the list
  // of objects; a perfect after "but" continues the background before it.
  {
    lang: 'en',
    text: 'Czech President Petr Pavel appointed billionaire Andrej Babis as prime minister on Tuesday. Hungarian Prime Minister Viktor Orban congratulated Babis. Ukrainian President Volodymyr Zelenskiy also congratulated the new prime minister and urged Prague to continue the ammunition initiative. Greece has supplied Ukraine with artillery shells since 2022, but has refused to send its S-300 systems.',
    events: [
      { type: 'APPOINT', source: 'Babis', target: 'Pavel' },
      { type: 'SUPPORT', source: 'HUN', target: 'Babis' },
      { type: 'SUPPORT', source: 'UKR', target: 'Babis' },
      { type: 'REQUEST', source: 'UKR', target: 'CZE' },
    ],
    exact: true,
  },
  // A condemnation of "the strike" and sanctions without a stated target answer the article's
  // lead attack, not a later one by the other side.
  {
    lang: 'en',
    text: 'Russia launched a massive missile and drone attack on Kyiv overnight. In a separate strike, Ukrainian drones hit an oil terminal in Russia. European Commission President Ursula von der Leyen condemned the strike and said the EU would present a new sanctions package next month.',
    events: [
      { type: 'ASSAULT', source: 'RUS', target: 'UKR' },
      { type: 'ASSAULT', source: 'UKR', target: 'RUS' },
      { type: 'ACCUSE', source: 'Leyen', target: 'RUS' },
      { type: 'SANCTION', source: 'European Union', target: 'RUS', modality: 'planned' },
    ],
    exact: true,
  },
  // A warning to no one named gives way to the threat it states, aimed where the side's own
  // last hostile act was.
  {
    lang: 'en',
    text: 'The United States on Wednesday imposed sanctions on Russia. Treasury Secretary Scott Bessent warned that Washington was prepared to take further action.',
    events: [
      { type: 'SANCTION', source: 'USA', target: 'RUS' },
      { type: 'THREATEN', source: 'USA', target: 'RUS' },
    ],
    exact: true,
  },
  // A refusal right after talks in the same sentence is given to the other party.
  {
    lang: 'en',
    text: 'U.S. President Donald Trump hosted Ukrainian President Volodymyr Zelenskiy at the White House on Friday but declined to commit to supplying Tomahawk cruise missiles.',
    events: [
      { type: 'CONSULT', source: 'UKR', target: 'USA' },
      { type: 'REJECT', source: 'USA', target: 'UKR' },
    ],
    exact: true,
  },
  // Sanctions named without a verb of imposing are not the subject's; suspending trade is an
  // embargo.
  {
    lang: 'en',
    text: 'Iran says talks with the United States will continue despite new sanctions. Pakistan suspended trade with India on Thursday.',
    events: [
      { type: 'CONSULT', source: 'IRN', target: 'USA' },
      { type: 'SANCTION', source: 'PAK', target: 'IND' },
    ],
    exact: true,
  },
  // Sanctions being prepared are planned.
  {
    lang: 'uk',
    text: 'Європейська комісія заявила, що готує нові санкції проти білоруського режиму.',
    events: [{ type: 'SANCTION', source: 'European Commission', target: 'BLR', modality: 'planned' }],
    exact: true,
  },
];

eventCases('events in Ukrainian and English', CASES);
