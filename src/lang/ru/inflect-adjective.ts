/**
 * Russian adjective endings in every gender, number and case, chosen by the stem's last letter:
 * hard (новый), velar (японский), soft (синий). Inanimate accusative; callers add the animate one.
 */
import type { AdjectiveParadigm, CaseTable, Gender } from '../../kb/inflect.js';

type Endings = Record<Gender, (string | string[])[]>;

const HARD: Endings = {
  masc: ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'],
  femn: ['ая', 'ой', 'ой', 'ую', ['ой', 'ою'], 'ой'],
  neut: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'],
  plur: ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых'],
};

const VELAR: Endings = {
  masc: ['ий', 'ого', 'ому', 'ий', 'им', 'ом'],
  femn: ['ая', 'ой', 'ой', 'ую', ['ой', 'ою'], 'ой'],
  neut: ['ое', 'ого', 'ому', 'ое', 'им', 'ом'],
  plur: ['ие', 'их', 'им', 'ие', 'ими', 'их'],
};

const SOFT: Endings = {
  masc: ['ий', 'его', 'ему', 'ий', 'им', 'ем'],
  femn: ['яя', 'ей', 'ей', 'юю', ['ей', 'ею'], 'ей'],
  neut: ['ее', 'его', 'ему', 'ее', 'им', 'ем'],
  plur: ['ие', 'их', 'им', 'ие', 'ими', 'их'],
};

const GENDER_OF: Record<string, Gender> = {
  ый: 'masc',
  ий: 'masc',
  ой: 'masc',
  ая: 'femn',
  яя: 'femn',
  ое: 'neut',
  ее: 'neut',
  ые: 'plur',
  ие: 'plur',
};

function build(stem: string, endings: Endings, masculineOy: boolean): Record<Gender, CaseTable> {
  const make = (list: (string | string[])[]): CaseTable =>
    list.map((e) => (Array.isArray(e) ? e : [e]).map((ending) => stem + ending));
  const tables = {
    masc: make(endings.masc),
    femn: make(endings.femn),
    neut: make(endings.neut),
    plur: make(endings.plur),
  };
  if (masculineOy) {
    // Stressed -ой (морской, большой): nominative and accusative differ from the -ый table.
    tables.masc[0] = [`${stem}ой`];
    tables.masc[3] = [`${stem}ой`];
  }
  return tables;
}

export function ruAdjective(word: string): AdjectiveParadigm | null {
  const ending = word.slice(-2).toLowerCase();
  const gender = GENDER_OF[ending];
  if (!gender || word.length < 4) return null;
  const stem = word.slice(0, -2);
  const last = stem.slice(-1).toLowerCase();
  const velar = 'гкхжшщч'.includes(last);
  const soft = !velar && (ending === 'яя' || ending === 'ее' || (ending === 'ий' && !velar));
  const endings = velar ? VELAR : soft ? SOFT : HARD;
  return { gender, tables: build(stem, endings, ending === 'ой') };
}
