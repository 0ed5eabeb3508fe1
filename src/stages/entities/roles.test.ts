import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, EntityRecord, Lang } from '../../core/doc.js';
import { createExtractor, type Extractor } from '../../extract/index.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = await createExtractor();
});

async function run(
  text: string,
  lang: Lang,
  published: string | null = '2025-11-05',
): Promise<DocumentRecord> {
  return extractor.extract(text, { lang, published });
}

function person(record: DocumentRecord, word: string): EntityRecord | undefined {
  return record.entities.find((e) => e.label === 'PER' && e.lemma.toLowerCase().includes(word.toLowerCase()));
}

interface Case {
  lang: Lang;
  text: string;
  /** A word of the person's lemma. */
  who: string;
  /** Roles stated in the text: role, the first word of its span, and its country if known. */
  roles: { role: string; first: string; country?: string }[];
}

const CASES: Case[] = [
  {
    lang: 'ru',
    text: 'Премьер-министр Японии Санаэ Такаити прибыла в Вашингтон.',
    who: 'Такаити',
    roles: [{ role: 'prime minister', first: 'Премьер-министр', country: 'JPN' }],
  },
  {
    lang: 'ru',
    text: 'Александр Белов, лидер Движения против нелегальной иммиграции, выступил на митинге.',
    who: 'Белов',
    roles: [{ role: 'leader', first: 'лидер' }],
  },
  {
    lang: 'ru',
    text: 'С докладом выступит Кирилл Разлогов – директор Российского института культурологии.',
    who: 'Разлогов',
    roles: [{ role: 'director', first: 'директор' }],
  },
  {
    lang: 'ru',
    text: 'Посол Италии в Грузии Виторио Сандали встретился с заместителем министра.',
    who: 'Сандали',
    roles: [{ role: 'ambassador', first: 'Посол', country: 'ITA' }],
  },
  {
    lang: 'ru',
    text: 'На встречу пришёл председатель Совета муфтиев России шейх Равиль Гайнутдин.',
    who: 'Гайнутдин',
    roles: [
      { role: 'шейх', first: 'шейх' },
      { role: 'chairman', first: 'председатель' },
    ],
  },
  {
    lang: 'ru',
    text: 'Против выступил Аарон Гринспен, управляющий компанией FaceCash, и его юристы.',
    who: 'Гринспен',
    roles: [{ role: 'управляющий', first: 'управляющий' }],
  },
  {
    lang: 'ru',
    text: 'Андрей Санников — бывший заместитель министра иностранных дел Беларуси.',
    who: 'Санников',
    roles: [{ role: 'бывший заместитель', first: 'бывший' }],
  },
  {
    lang: 'ru',
    text: 'Капитаном команды стал Михаель Баллак, а Оливер Кан будет запасным вратарём сборной.',
    who: 'Кан',
    roles: [{ role: 'запасный вратарь', first: 'запасным' }],
  },
  {
    lang: 'ru',
    text: 'Задержан фотограф агентства Reuters Иван Сидоренко, сообщили в редакции.',
    who: 'Сидоренко',
    roles: [{ role: 'фотограф', first: 'фотограф' }],
  },
  {
    lang: 'ru',
    text: 'Переговоры вёл полковник Андрей Ковальчук, сообщили в штабе.',
    who: 'Ковальчук',
    roles: [{ role: 'полковник', first: 'полковник' }],
  },
  {
    lang: 'ru',
    text: 'Ситуацию прокомментировал Андрей Ковальчук, руководитель миссии наблюдателей.',
    who: 'Ковальчук',
    roles: [{ role: 'руководитель', first: 'руководитель' }],
  },
  {
    lang: 'ru',
    text: 'После выборов премьер-министром станет глава партии «Единство» Андрей Ковальчук.',
    who: 'Ковальчук',
    roles: [
      { role: 'leader', first: 'глава' },
      { role: 'prime minister', first: 'премьер-министром' },
    ],
  },
  {
    lang: 'ru',
    text: 'Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил с заявлением.',
    who: 'Тоунер',
    roles: [{ role: 'spokesperson', first: 'исполняющий', country: 'USA' }],
  },
  {
    lang: 'ru',
    text: 'Врио губернатора Курской области Александр Хинштейн прибыл в Суджу.',
    who: 'Хинштейн',
    roles: [{ role: 'governor', first: 'Врио', country: 'RUS' }],
  },
  {
    lang: 'uk',
    text: "Виконувач обов'язків міністра оборони Андрій Коваленко прибув до Брюсселя.",
    who: 'Коваленко',
    roles: [{ role: 'defence minister', first: 'Виконувач' }],
  },
  {
    lang: 'ru',
    text: 'Глава российского МИДа Сергей Лавров прибыл в Анкару.',
    who: 'Лавров',
    roles: [{ role: 'foreign minister', first: 'Глава', country: 'RUS' }],
  },
  {
    lang: 'ru',
    text: 'Переговоры провела глава японского правительства Санаэ Такаичи.',
    who: 'Такаичи',
    roles: [{ role: 'head of government', first: 'глава', country: 'JPN' }],
  },
  {
    lang: 'uk',
    text: 'Сибіга провів переговори з очільником японського МЗС Тосіміцу Мотегі.',
    who: 'Мотегі',
    roles: [{ role: 'foreign minister', first: 'очільником', country: 'JPN' }],
  },
  {
    lang: 'uk',
    text: 'Переговори вів полковник Андрій Ковальчук, повідомили в штабі.',
    who: 'Ковальчук',
    roles: [{ role: 'полковник', first: 'полковник' }],
  },
  {
    lang: 'ru',
    text: 'Капитаном стал Михаель Баллак.',
    who: 'Баллак',
    roles: [{ role: 'капитан', first: 'Капитаном' }],
  },
  {
    lang: 'uk',
    text: 'Андрій Сибіга, міністр закордонних справ України, заявив про нові санкції.',
    who: 'Сибіга',
    roles: [{ role: 'foreign minister', first: 'міністр', country: 'UKR' }],
  },
  {
    lang: 'uk',
    text: 'Президент України Володимир Зеленський провів телефонну розмову.',
    who: 'Зеленський',
    roles: [{ role: 'president', first: 'Президент', country: 'UKR' }],
  },
  {
    lang: 'en',
    text: 'Alexander Stubb, the President of Finland, met reporters in Helsinki.',
    who: 'Stubb',
    roles: [{ role: 'president', first: 'President', country: 'FIN' }],
  },
  {
    lang: 'en',
    text: 'Finnish President Alexander Stubb met reporters in Helsinki.',
    who: 'Stubb',
    roles: [{ role: 'president', first: 'Finnish', country: 'FIN' }],
  },
  {
    lang: 'en',
    text: 'Mark Rutte, NATO Secretary General, told reporters that allies agreed.',
    who: 'Rutte',
    roles: [{ role: 'secretary general', first: 'Secretary' }],
  },
];

describe('roles stated in the text', () => {
  it.each(CASES)('$lang: $text', async ({ lang, text, who, roles }) => {
    const entity = person(await run(text, lang), who);
    expect(entity, `no person ${who}`).toBeDefined();
    const stated = (entity?.roles ?? []).filter((r) => r.source === 'text');
    for (const expected of roles) {
      const found = stated.find((r) => r.role === expected.role);
      expect(found, `${expected.role} among ${JSON.stringify(stated)}`).toBeDefined();
      expect(found?.span?.text.split(/\s+/)[0]).toBe(expected.first);
      expect(text.slice(found?.span?.start, found?.span?.end)).toBe(found?.span?.text);
      if (expected.country) expect(found?.country).toBe(expected.country);
    }
  });
});

describe('what is not a role', () => {
  it.each([
    ['ru', 'Лидеры оппозиции Алексей Навальный и Илья Яшин вышли на площадь.', 'Навальный'],
    ['ru', 'Брат министра Иван Сидоренко отказался от комментариев.', 'Сидоренко'],
    ['ru', 'Конкурент Марка Цукерберга подал иск в суд.', 'Цукерберг'],
    ['ru', 'Единым кандидатом оппозиции стал Леван Гачечиладзе.', 'Гачечиладзе'],
    [
      'ru',
      'Фрэнк Лэмпард, капитан клуба Тоттенхэм Хотспур Ледли Кинг и другие игроки снялись в ролике.',
      'Лэмпард',
    ],
    // Professions with nothing of where they are practised, and founders and owners, hold no post.
    ['ru', 'Журналист Виктор Шендерович выступил на митинге в Москве.', 'Шендерович'],
    ['ru', 'Выставку открыл Георгий Франгулян, известный скульптор.', 'Франгулян'],
    ['ru', 'Основатель Facebook Марк Цукерберг выступил в Конгрессе.', 'Цукерберг'],
    ['uk', 'Журналіст Віталій Сидоренко виступив на мітингу в Києві.', 'Сидоренко'],
  ] as const)('%s: %s', async (lang, text, who) => {
    const entity = person(await run(text, lang), who);
    expect(entity?.roles.filter((r) => r.source === 'text') ?? []).toEqual([]);
  });
});

describe('offices from the knowledge base', () => {
  const text = 'Дмитрий Кулеба прибыл в Брюссель на переговоры.';

  it('gives a person the office held on the article date', async () => {
    const entity = person(await run(text, 'ru', '2023-05-01'), 'Кулеба');
    expect(entity?.roles).toEqual([{ role: 'foreign minister', country: 'UKR', source: 'kb' }]);
  });

  it('does not give an office whose term ended before the article date', async () => {
    const entity = person(await run(text, 'ru', '2025-03-01'), 'Кулеба');
    expect(entity).toBeDefined();
    expect(entity?.roles).toEqual([]);
  });

  it('takes a bare title as the text evidence of the office its holder is known to hold', async () => {
    const record = await run(
      'Биньямин Нетаньяху отказался ехать на саммит. Премьер-министр Израиля заявил, что причина в позиции соседей.',
      'ru',
      '2025-05-01',
    );
    const roles = person(record, 'Нетаньяху')?.roles ?? [];
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ role: 'prime minister', country: 'ISR', source: 'text' });
    expect(roles[0]?.span?.text).toBe('Премьер-министр Израиля');
  });

  it('links a bare title in an undated article to an office its holder once held', async () => {
    const record = await run(
      'Дмитрий Медведев пообещал построить новые инноваграды. Президент также рассказал о законопроекте.',
      'ru',
      null,
    );
    const roles = person(record, 'Медведев')?.roles ?? [];
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ role: 'president', country: 'RUS', source: 'text' });
    expect(roles[0]?.span?.text).toBe('Президент');
  });

  it('links no bare title that two people in an undated article once held', async () => {
    const record = await run(
      'Владимир Путин и Дмитрий Медведев провели встречу. Премьер-министр заявил, что бюджет будет принят.',
      'ru',
      null,
    );
    expect(person(record, 'Путин')?.roles.filter((r) => r.source === 'text')).toEqual([]);
    expect(person(record, 'Медведев')?.roles.filter((r) => r.source === 'text')).toEqual([]);
  });

  it('lets a role stated in the text win over the knowledge base', async () => {
    const record = await run('Депутат Верховной рады Дмитрий Кулеба прибыл в Брюссель.', 'ru', '2023-05-01');
    const roles = person(record, 'Кулеба')?.roles ?? [];
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.source === 'text')).toBe(true);
  });
});
