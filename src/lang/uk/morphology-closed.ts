/**
 * Ukrainian closed classes and irregular forms for the morphology analyser: prepositions,
 * conjunctions, particles, pronouns, frequent adverbs and verbs whose forms suffix rules misread.
 * Pronoun entries: `form:lemma:cases[:number]`, cases joined by '|'. Written for dyad.
 */
export const PREPOSITIONS = `в у на з із зі зо до від од по при про для без через після перед під
  над за між поміж серед біля коло поза проти щодо замість крім окрім навколо довкола всупереч
  згідно завдяки впродовж протягом упродовж унаслідок внаслідок задля попри понад щодо`;

export const CONJUNCTIONS = `і й та а але або чи що щоб як коли якщо хоча хоч оскільки бо тому проте
  однак зате ні адже поки доки немов ніби наче якби`;

export const PARTICLES = `не ні же ж би б лише тільки навіть вже уже ще також теж саме ось от хай
  нехай чи авжеж мабуть зокрема зрештою ніби`;

export const ADVERBS = `також вчора сьогодні завтра нині тепер зараз раніше пізніше згодом досі
  вже надалі відтак тоді потім спочатку нещодавно незабаром якнайшвидше швидко особисто окремо
  загалом напередодні додому тут там де куди звідки разом понад майже близько приблизно дуже
  більше менше найбільше особливо зокрема взагалі насамперед ніколи завжди знову вкотре`;

export const PRONOUNS = `
  він:він:nomn:sing його:він:gent|accs:sing йому:він:datv:sing ним:він:ablt:sing
  нього:він:gent|accs:sing ньому:він:loct:sing
  вона:вона:nomn:sing її:вона:gent|accs:sing їй:вона:datv:sing нею:вона:ablt:sing
  неї:вона:gent|accs:sing ній:вона:loct:sing
  вони:вони:nomn:plur їх:вони:gent|accs:plur їм:вони:datv:plur ними:вони:ablt:plur
  них:вони:gent|accs|loct:plur
  воно:воно:nomn:sing
  ми:ми:nomn:plur нас:ми:gent|accs|loct:plur нам:ми:datv:plur нами:ми:ablt:plur
  я:я:nomn:sing мене:я:gent|accs:sing мені:я:datv|loct:sing
  ви:ви:nomn:plur вас:ви:gent|accs|loct:plur вам:ви:datv:plur
  це:це:nomn|accs:sing цього:це:gent:sing цьому:це:datv|loct:sing цим:це:ablt:sing
  хто:хто:nomn:sing кого:хто:gent|accs:sing кому:хто:datv:sing
  що:що:nomn|accs:sing чого:що:gent:sing
  себе:себе:gent|accs:sing собі:себе:datv|loct:sing собою:себе:ablt:sing
`;

/** Irregular verb forms: `form:lemma:tense:number:gender` ('-' for none). */
export const VERBS = `
  є:бути:pres:-:- був:бути:past:sing:masc була:бути:past:sing:femn було:бути:past:sing:neut
  були:бути:past:plur:- буде:бути:futr:sing:- будуть:бути:futr:plur:-
  провів:провести:past:sing:masc привів:привести:past:sing:masc ввів:ввести:past:sing:masc
  увів:ввести:past:sing:masc вивів:вивести:past:sing:masc перевів:перевести:past:sing:masc
  звів:звести:past:sing:masc завів:завести:past:sing:masc вів:вести:past:sing:masc
  хотів:хотіти:past:sing:masc захотів:захотіти:past:sing:masc зумів:зуміти:past:sing:masc
  летів:летіти:past:sing:masc полетів:полетіти:past:sing:masc прилетів:прилетіти:past:sing:masc
  вилетів:вилетіти:past:sing:masc відлетів:відлетіти:past:sing:masc сидів:сидіти:past:sing:masc
  велів:веліти:past:sing:masc терпів:терпіти:past:sing:masc висів:висіти:past:sing:masc
  пішов:піти:past:sing:masc прийшов:прийти:past:sing:masc вийшов:вийти:past:sing:masc
  знайшов:знайти:past:sing:masc увійшов:увійти:past:sing:masc дійшов:дійти:past:sing:masc
  перейшов:перейти:past:sing:masc зайшов:зайти:past:sing:masc підійшов:підійти:past:sing:masc
  пройшов:пройти:past:sing:masc зустрів:зустріти:past:sing:masc зрозумів:зрозуміти:past:sing:masc
  відбувся:відбутися:past:sing:masc
  може:могти:pres:sing:- можуть:могти:pres:plur:- мав:мати:past:sing:masc
  каже:казати:pres:sing:- кажуть:казати:pres:plur:- веде:вести:pres:sing:-
  проведе:провести:futr:sing:- проведуть:провести:futr:plur:- прибуде:прибути:futr:sing:-
  прибудуть:прибути:futr:plur:- відбудеться:відбутися:futr:sing:- відбудуться:відбутися:futr:plur:-
  підпише:підписати:futr:sing:- підпишуть:підписати:futr:plur:- піде:піти:futr:sing:-
  знайде:знайти:futr:sing:- зустрінеться:зустрітися:futr:sing:- почне:почати:futr:sing:-
`;

/** Words the suffix rules would take for verbs or adjectives but are nouns or numerals. */
export const NOT_VERBS = `пам'ять п'ять шість сім вісім дев'ять десять двадцять тридцять суть мить
  путь сила мала`;
