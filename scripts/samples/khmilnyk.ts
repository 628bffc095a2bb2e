/**
 * Generates the sample programme `public/samples/khmilnyk-2023-2025.json`:
 * «Програма інформатизації Хмільницької міської територіальної громади на 2023-2025 роки» (травень 2023).
 *
 * Transcribed from the text extract of the document (seed `004_fd7c4ef2bbac4832.txt`); every row
 * below is copied from the extract and carries the extract's line number, so it can be checked
 * line by line. Rows that a page break split in two are joined here by hand (noted at the row).
 * The extract's cell texts are kept verbatim (typos included) except that an HTML list tag left
 * by the extraction (`<ul style="list-style-type: none">`, measures 16–20) is dropped.
 *
 * Money goes through the project's own parser (`parseAmount`), so the JSON holds exact integer
 * kopiykas. The document does not divide money by source (one «Джерело фінансування» text for
 * every row), so every amount goes to the «undivided» source and the text is kept in `sourceText`.
 *
 * Run: `cd /work/main && npx tsx scripts/samples/khmilnyk.ts`
 */
import type { z } from 'zod';
import {
  programmeDocSchema,
  SCHEMA_VERSION,
  type DeclaredAmount,
  type FundingCell,
  type IndicatorValue,
  type UnitKind,
} from '../../src/model/schema';
import { addKop, formatAmount, parseAmount, ZERO, type Kop, type MoneyUnit } from '../../src/model/money';
import { STANDARD_SOURCES, UNDIVIDED_SOURCE } from '../../src/model/sources';

type DocInput = z.input<typeof programmeDocSchema>;

const PROGRAMME_ID = 'khmilnyk-2023';
const UNIT: MoneyUnit = 'thousand-uah';
const YEARS = [2023, 2024, 2025] as const;
const STAMP = '2023-01-01T00:00:00.000Z';

/** A section row of Додаток 1 («1. Цифрова інфраструктура», «1.1. Розвиток …»). */
type SectionRow = { section: string };
/** A measure row of Додаток 1, cells as written. */
type MeasureRow = {
  no: string; // «№»
  title: string; // «Назва проєкту, короткий опис»
  result: string; // «Показники ефективності»
  years: [string, string, string]; // «Період»: 2023, 2024, 2025
  total: string; // «Приближний бюджет, тис. грн»
  responsible: string; // «Відповідальні»
  source: string; // «Джерело фінансування»
};
type Row = SectionRow | MeasureRow;
/** A row of Додаток 2, cells as written (an empty «№»/«Пріоритет» is a merged cell from above). */
type IndicatorRow = {
  no: string;
  priority: string;
  name: string;
  unit: string;
  baseline: string; // «Вихідні дані за рік до початку дії Програми»
  targets: [string, string, string]; // «Прогнозні дані за роками»: 2023, 2024, 2025
  dynamics: string; // «Динаміка (+/-, %)»
};

// ── Паспорт програми (seed lines 43–56); «**» emphasis of the extract dropped ─────────────────
const PASSPORT: [label: string, value: string][] = [
  ['Регіон', 'Хмельницька міська територіальна громада Хмельницького району Вінницької області.'],
  ['Дата затвердження програми', ''],
  [
    'Керівник програми',
    'Редчик Сергій Борисович - заступник міського голови з питань діяльності виконавчих органів Хмельницької міської ради.',
  ],
  [
    'Мета програми',
    "впровадити комплекс взаємопов'язаних заходів для вирішення проблем інформатизації територіальної громади, покращити рівень цифрової грамотності населення та користування сервісами е-демократії, надання високоякісних та доступних публічних послуг, задоволення інтересів громадян, створення умов для інноваційного розвитку економіки та соціальної сфери громади шляхом впровадження інформаційних технологій та цифрових рішень в усіх сферах життєдіяльності громади, а також покращити рівень захисту інформації та розвиток систем безпеки",
  ],
  ['Інформаційно-аналітичний центр', 'ГО "Ресурсно-інформаційний центр громади Вінниччини".'],
  ['Кількість завдань (робіт) у поточному році', '14'],
  ['Кількість завдань (робіт) на наступний рік', '29'],
  ['Кількість завдань (робіт) на три наступні роки', '32'],
  ['Обсяги фінансування у поточному році, зокрема бюджетні/позабюджетні', '465 тис.грн'],
  ['Обсяги фінансування на 2024 рік, зокрема бюджетні/позабюджетні', '8707 тис.грн'],
  ['Обсяги фінансування на 2025 рік, зокрема бюджетні/позабюджетні', '5297 тис.грн'],
  ['Загальний обсяг фінансування', '14 469 тис.грн'],
];

/** Programme totals as the document states them (passport items 9–12; the total also in section 3). */
const PROGRAMME_DECLARED: { year: number | null; text: string; label: string }[] = [
  { year: 2023, text: '465', label: 'Паспорт програми, п. 9: Обсяги фінансування у поточному році (2023)' },
  { year: 2024, text: '8707', label: 'Паспорт програми, п. 10: Обсяги фінансування на 2024 рік' },
  { year: 2025, text: '5297', label: 'Паспорт програми, п. 11: Обсяги фінансування на 2025 рік' },
  {
    year: null,
    text: '14 469',
    label:
      'Паспорт програми, п. 12: Загальний обсяг фінансування (також розділ «Мета, пріоритетні напрями та завдання»: 32 ініціативи на загальну суму 14469 тис. грн)',
  },
];

// ── Додаток 1. Перелік проєктів і заходів на 2023-2025 роки (seed lines 1027–1101) ───────────────

const ROWS: Row[] = [
  // seed line 1029
  { section: "1. Цифрова інфраструктура" },
  // seed line 1030
  { section: "1.1. Розвиток електронної комунікаційної та інформаційної інфраструктури" },
  // seed line 1031
  {
    no: "1",
    title: "Проведення інвентаризації інформаційних та програмно-технічних ресурсів.",
    result: "Проведено інвентаризацію інформаційних та програмно-технічних ресурсів щороку",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1032
  {
    no: "2",
    title: "Здійснення закупівлі та проведення модернізації комп'ютерного обладнання.",
    result: "Здійснено закупівлю комп'ютерного обладнання на заміну застарілого",
    years: ["250,0", "2000,0", "2000,0"],
    total: "4250,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1033
  {
    no: "3",
    title: "Здійснення закупівлі та встановлення мережевого серверу для виконавчих органів міської ради.",
    result: "Встановлено мережевий сервер, сервер бази даних",
    years: ["-", "600,0", "-"],
    total: "600,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1034
  {
    no: "4",
    title: "Забезпечення доступу до послуг для маломобільних груп населення.",
    result: "Запроваджено можливість надання послуг віддалено за допомогою мобільного кейсу ЦНАП по програмі EGAP, Придбано мобільний кейс для «Прозорий офіс» з соціальних питань",
    years: ["110,0", "-", "-"],
    total: "110,0",
    responsible: "Виконавчий комітет, Управління праці та соціального населення Хмельницької міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1035
  {
    no: "5",
    title: "Забезпечення доступу до публічної інформації для людей з порушенням зору та слуху",
    result: "Модернізація функціоналу офіційного веб сайту міської ради",
    years: ["-", "50,0", "-"],
    total: "50,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1041
  {
    no: "6",
    title: "Створення зон вільного доступу до wi-fi у місцях масового дозвілля та відпочинку в сільській місцевості.",
    result: "Створення не менше 9 точок вільного доступу wifi",
    years: ["", "100,0", "100,0"],
    total: "200,0",
    responsible: "Виконавчий комітет, Відділ культури і туризму, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1042
  {
    no: "7",
    title: "Створення єдиної цифрової комунікаційної мережі для виконавчих органів міської ради.",
    result: "Залучено провайдерів оптичного інтернету для створення єдиної мережі",
    years: ["-", "100,0", "100,0"],
    total: "200,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1043
  {
    no: "8",
    title: "Забезпечити системами GPS-навігації службові транспортні засоби та транспортні засоби комунальних підприємств громади",
    result: "закупівля обладнання та забезпечення його функціонування; - інтеграція закупленого обладнання з інтернет-ресурсом «Хмельник на долоні»; - проведення інформаційної кампанії для мешканців громади щодо можливості використання цього сервісу.",
    years: ["-", "500,0", "300,0"],
    total: "800,0",
    responsible: "Виконавчий комітет, Громадська організація «Право»",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1044
  { section: "1.2. Розширення електронних сервісів" },
  // seed line 1045
  {
    no: "9",
    title: "Впровадження електронного документообігу в діяльність Хмельницької міської ради та її виконавчих органів.",
    result: "Впроваджено електронний документообіг для виконавчих органів міської ради",
    years: ["-", "1500,0", "-"],
    total: "1500,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed lines 1046 + 1052 (row split by a page break; the parts are joined with a space)
  {
    no: "10",
    title: "Запровадження електронного міського архіву.",
    result: "Вивчення досвіду інших громад щодо оцифрування архівних документів; Розробка власної моделі оцифрування документів",
    years: ["+", "+", "+"],
    total: "В межах кошторисних призначень",
    responsible: "Архівний відділ, Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1053
  {
    no: "11",
    title: "Запровадження цифрової системи управління закладами охорони здоров'я громади",
    result: "Налагоджено електронну взаємодію між відділом з питань охорони здоров'я та закладами охорони здоров'я",
    years: ["-", "200,0", "-"],
    total: "200,0",
    responsible: "Відділ з питань охорони здоров'я",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1054
  {
    no: "12",
    title: "Банк об'єктів комунальної власності для інвестиційних цілей",
    result: "- створена електронна база інвестиційно-привабливих територій та об'єктів комунальної власності; - зріс обсяг залучення інвестицій в громаду; - підвищена зацікавленість в реалізації перспективних інвестиційних проєктів; - покращена інфраструктура громади",
    years: ["+", "+", "+"],
    total: "",
    responsible: "Виконавчий комітет, Громадська організація «Право»",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1055
  {
    no: "13",
    title: "Система автоматизованого збору та обробки даних «Земельний банк»",
    result: "- збір інформації; - обробка інформації та створення інформаційної бази; - картографічні роботи та нанесення на них меж земельних ділянок усіх форм власності, земель запасу, меж територій іншого призначення; обмежень у використанні земель; - планування заходів, оформлення текстових і графічних даних.",
    years: ["-", "50,0", "50,0"],
    total: "100,0",
    responsible: "Виконавчий комітет, Громадська організація «Право»",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1056
  {
    no: "14",
    title: "Запровадження шкільного бюджету (громадського бюджету школи) в загальноосвітніх закладах громади",
    result: "розробка та затвердження Положення про шкільний бюджет; - проведення навчання для учнів та учениць щодо участі в шкільному бюджеті; - забезпечення щорічного проведення шкільного бюджету",
    years: ["-", "500,0", "500,0"],
    total: "1000,0",
    responsible: "Управління освіти, молоді та спорту, Громадська організація «Право»",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1057
  {
    no: "15",
    title: "Запровадження електронної черги в дошкільні заклади громади",
    result: "- закупівля програмного продукту; - навчання для посадовців; - проведення інформаційної кампанії для потенційних користувачів.",
    years: ["-", "300,0", "-"],
    total: "300,0",
    responsible: "Громадська організація «ПРАВО» (партнерство). Управління освіти, молоді та спорту Хмельницької міської ради, заклади освіти",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1063
  {
    no: "16",
    title: "Переведення адміністративних послуг онлайн",
    result: "- проведення аналізу нормативно-правової бази та визначення переліку адміністративних послуг, які можна перевести онлайн; - розробка змін та доповнень до нормативно-правової бази; - проведення навчання для посадовців міської ради; - популяризація можливості отримання адміністративних послуг онлайн.",
    years: ["-", "200,0", "-"],
    total: "200,0",
    responsible: "Центр надання адміністративних послуг, Громадська організація «Право»",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1064
  {
    no: "17",
    title: "Впровадження Е-кабінету жителя громади",
    result: "- створено е-кабінет жителя громади; - створена можливість для жителів громади отримувати адміністративні, соціальні, комунальні послуги, та користуватись сервісами в галузі охорони здоров'я, комунікації тощо онлайн; - створена система інформування громадян про важливі для них події; - організований зручний доступ до всіх електронних сервісів, які використовуються у громаді.",
    years: ["-", "300,0", "-"],
    total: "300",
    responsible: "Громадська організація «ПРАВО». Структурні підрозділи виконавчого комітету Хмельницької міської ради.",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1065
  {
    no: "18",
    title: "Створення реєстру безпритульних тварин",
    result: "- розробка нормативно-правової бази; - закупівля програмного продукту; - проведення навчання для посадовців; - популяризація реєстру через членів територіальної громад.",
    years: ["-", "200,0", "-"],
    total: "200,0",
    responsible: "Громадська організація «ПРАВО». Структурні підрозділи виконавчого комітету Хмельницької міської ради.",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1066
  {
    no: "19",
    title: "Ефективне використання платформи «СВОЇ», зокрема чат-боту",
    result: "створена система інформування громадян про важливі для них події; - організований зручний доступ до всіх електронних сервісів, які використовуються у громаді.",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1067
  {
    no: "20",
    title: "Публікація «Відкритих даних» на порталі data.gov.ua",
    result: "Затверджено перелік наборів даних, що стосуються органу місцевого самоврядування, Визначено структуру наборів відкритих даних. Опубліковано набори відкритих даних на порталі",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Структурні підрозділи виконавчого комітету Хмельницької міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1073
  { section: "2. Цифрова освіта і партисипація" },
  // seed line 1074
  { section: "2.1. Підвищення рівня цифрових компетенцій" },
  // seed line 1075
  {
    no: "21",
    title: "Проведення навчань цифрової грамотності для мешканців громади.",
    result: "Здійснення заходів щодо розвитку цифрових компетентностей населення громади, проведення онлайн-навчання із застосуванням цифрових освітніх ресурсів",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1076
  {
    no: "22",
    title: "Проведення навчань цифрової грамотності для посадовців.",
    result: "Запровадження на постійній основі заходів щодо розвитку цифрових компетентностей посадовців громади, проведення офлайн- та онлайн-навчання із застосуванням цифрових освітніх ресурсів",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1077
  {
    no: "23",
    title: "Участь у конференціях, семінарах, відеоконференціях щодо впровадження новітніх інформаційних технологій, електронного урядування тощо",
    result: "Організація заходів з обміну досвідом. Участь у різноманітних заходах не менше 2х разів на рік представників громади",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1078
  {
    no: "24",
    title: "Проведення популяризації цифрових продуктів, у тому числі інструментів електронної демократії",
    result: "Розробка коротких змістовних інструкцій наявних міських електронних сервісів Поширення інформації про цифрові продукти громади та інструкцій користування ними",
    years: ["5,0", "5,0", "5,0"],
    total: "15,0",
    responsible: "Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1084
  { section: "2.2. Підвищення рівня громадської активності у процесах розвитку та муніципального управління" },
  // seed line 1085
  {
    no: "25",
    title: "Здійснення комплексного супроводу громадян, що зацікавлені участю у проектах цифровізації.",
    result: "Проведення інформування щодо наявних конкурсів, грантів; надання консультацій; допомога у формуванні проектної заявки для участі у конкурсах, грантах",
    years: ["+", "+", "+"],
    total: "-",
    responsible: "Виконавчий комітет, Управління агроєкономічного розвитку та євроінтеграції",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1086
  {
    no: "26",
    title: "Обмін досвідом та успішними кейсами громадської активності, зокрема використання інструментів електронної демократії",
    result: "Проведення зустрічей, форумів для обміну досвідом та успішними кейсами громадської активності не менше двох разів на рік",
    years: ["+", "2,0", "2,0"],
    total: "4,0",
    responsible: "Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1087
  { section: "3. Цифрова безпека" },
  // seed line 1088
  { section: "3.1 Подолання кіберзагроз" },
  // seed line 1089
  {
    no: "27",
    title: "Закупівля та встановлення ліцензійного програмного забезпечення для автоматизованих робочих працівників або впровадження альтернативних безкоштовних операційних систем та програмних продуктів, на місцях де це можливо",
    result: "Закуплено ліцензійне ПЗ та встановлено альтернативне безкоштовне ПЗ",
    years: ["100,0", "1000,0", "1000,0"],
    total: "2100,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed lines 1090 + 1096 (the «Відповідальні» cell runs on past a page break)
  {
    no: "28",
    title: "Закупівля та встановлення ліцензійного антивірусного програмного забезпечення.",
    result: "Закуплено ліцензійне антивірусне ПЗ",
    years: ["-", "250,0", "250,0"],
    total: "500,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1097
  { section: "3.2 Розвиток систем безпеки" },
  // seed line 1098
  {
    no: "29",
    title: "Розширення мережі відеонагляду «Безпечна громада»",
    result: "Збільшено кількість камер відеонагляду, підвищено рівень безпеки в громаді",
    years: ["-", "500,0", "500,0"],
    total: "1000,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, відділ ЦЗ",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1099
  {
    no: "30",
    title: "Встановлення GPS системи в міському громадському транспорті",
    result: "Встановлення 21 GPS систем в міському громадському транспорті",
    years: ["-", "150,0", "90,0"],
    total: "240,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Виконавчий комітет, Управління агроекономічного розвитку та євроінтеграції",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1100
  {
    no: "31",
    title: "Впровадження хмарних технологій для резервного копіювання інформації",
    result: "Визначено інформацію, що потребує резервного копіювання та захисту. Визначення оптимального хмарного сервісу для використання. Підключення до хмарного середовища та проведено резервне копіювання",
    years: ["+", "200,0", "200,0"],
    total: "400,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Виконавчий комітет",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
  // seed line 1101
  {
    no: "32",
    title: "Запровадження систем багатофакторної автентифікації",
    result: "Підвищено безпеку системи",
    years: ["-", "-", "200,0"],
    total: "200,0",
    responsible: "Сектор інформаційних технологій та електронного урядування міської ради, Структурні підрозділи міської ради",
    source: "Місцевий, обласний, державний бюджети, інші грантові кошти",
  },
];

const INDICATOR_ROWS: IndicatorRow[] = [
  // seed line 1109
  { no: "1", priority: "Цифрова інфраструктура", name: "Проведено інвентаризацію інформаційних та програмно-технічних ресурсів щороку", unit: "%", baseline: "30%", targets: ["100%", "100%", "100%"], dynamics: "100%" },
  // seed line 1110
  { no: "", priority: "", name: "Здійснено закупівлю комп'ютерного обладнання на заміну застарілого", unit: "%", baseline: "30%", targets: ["35%", "70%", "100%"], dynamics: "100%" },
  // seed line 1111
  { no: "", priority: "", name: "Встановлено мережевий сервер, сервер бази даних", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1112
  { no: "", priority: "", name: "Запроваджено можливість надання послуг віддалено за допомогою мобільного кейсу ЦНАП по програмі EGAP, Придбано мобільний кейс для «Прозорий офіс» з соціальних питань", unit: "%", baseline: "50%", targets: ["100%", "", ""], dynamics: "100%" },
  // seed line 1113
  { no: "", priority: "", name: "Модернізація функціоналу офіційного веб сайту міської ради", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1114
  { no: "", priority: "", name: "Створення не менше 9 точок вільного доступу wifi", unit: "%", baseline: "", targets: ["", "50%", "50%"], dynamics: "100%" },
  // seed line 1115
  { no: "", priority: "", name: "Залучено провайдерів оптичного інтернету для створення єдиної мережі", unit: "%", baseline: "0%", targets: ["", "50%", "50%"], dynamics: "100%" },
  // seed line 1116
  { no: "", priority: "", name: "Закупівля GPS обладнання та забезпечення його функціонування на службових транспортних засобах та транспортних засобах комунальних підприємств громади", unit: "%", baseline: "0%", targets: ["0%", "63%", "37%"], dynamics: "100%" },
  // seed line 1117
  { no: "", priority: "", name: "Впроваджено електронний документообіг для виконавчих органів міської ради", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1118
  { no: "", priority: "", name: "Вивчення досвіду інших громад щодо оцифрування архівних документів; Розробка власної моделі оцифрування документів", unit: "%", baseline: "0%", targets: ["0%", "20%", "80%"], dynamics: "100%" },
  // seed line 1119
  { no: "", priority: "", name: "Налагоджено електронну взаємодію між відділом з питань охорони здоров'я та закладами охорони здоров'я", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1120
  { no: "", priority: "", name: "- створена електронна база інвестиційно-привабливих територій та об'єктів комунальної власності; - зріс обсяг залучення інвестицій в громаду; - підвищена зацікавленість в реалізації перспективних інвестиційних проєктів; - покращена інфраструктура громади", unit: "%", baseline: "0%", targets: ["20%", "40%", "40%"], dynamics: "100%" },
  // seed lines 1121 + 1127 (row split by a page break; the name continues on 1127, which has no values)
  { no: "", priority: "", name: "- збір інформації; - обробка інформації та створення інформаційної бази; - картографічні роботи та нанесення на них меж земельних ділянок усіх форм власності, земель запасу, меж територій іншого призначення; обмежень у використанні земель; - планування заходів, оформлення текстових і графічних даних.", unit: "%", baseline: "0%", targets: ["0%", "50%", "50%"], dynamics: "100%" },
  // seed line 1128 (one leading empty column fewer in the extract: the row starts with the name)
  { no: "", priority: "", name: "розробка та затвердження Положення про шкільний бюджет; - проведення навчання для учнів та учениць щодо участі в шкільному бюджеті; - забезпечення щорічного проведення шкільного бюджету", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", "Так"], dynamics: "100%" },
  // seed line 1129 (one leading empty column fewer in the extract: the row starts with the name)
  { no: "", priority: "", name: "- закупівля програмного продукту для електронної черги дошкільних закладів; - навчання для посадовців; - проведення інформаційної кампанії для потенційних користувачів.", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1130 (one leading empty column fewer in the extract: the row starts with the name)
  { no: "", priority: "", name: "- проведення аналізу нормативно-правової бази та визначення переліку адміністративних послуг, які можна перевести онлайн; - розробка змін та доповнень до нормативно-правової бази; - проведення навчання для посадовців міської ради; - популяризація можливості отримання адміністративних послуг онлайн.", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1131 (one leading empty column fewer in the extract: the row starts with the name)
  { no: "", priority: "", name: "- створено е-кабінет жителя громади; - створена можливість для жителів громади отримувати адміністративні, соціальні, комунальні послуги, та користуватись сервісами в галузі охорони здоров'я, комунікації тощо онлайн; - створена система інформування громадян про важливі для них події; - організований зручний доступ до всіх електронних сервісів, які використовуються у громаді.", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1132 (one leading empty column fewer in the extract: the row starts with the name)
  { no: "", priority: "", name: "Для реєстру безпритульних тварин - розробка нормативно-правової бази; - закупівля програмного продукту; - проведення навчання для посадовців; - популяризація реєстру через членів територіальної громад.", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", ""], dynamics: "100%" },
  // seed line 1133 (one leading empty column fewer in the extract: the row starts with the name)
  { no: "", priority: "", name: "Використання чат-боту «СВОЇ» для інформування громадян про важливі для них події; - організований зручний доступ до всіх електронних сервісів, які використовуються у громаді.", unit: "%", baseline: "30%", targets: ["30%", "30%", "10%"], dynamics: "100%" },
  // seed line 1139
  { no: "", priority: "", name: "Затверджено перелік наборів даних, що стосуються органу місцевого самоврядування, Визначено структуру наборів відкритих даних. Опубліковано набори відкритих даних на порталі", unit: "%", baseline: "10%", targets: ["20%", "30%", "40%"], dynamics: "100%" },
  // seed line 1140
  { no: "2", priority: "Цифрова освіта і партисипація", name: "Здійснення заходів щодо розвитку цифрових компетентностей населення громади, проведення онлайн-навчання із застосуванням цифрових освітніх ресурсів", unit: "%", baseline: "5%", targets: ["25%", "35%", "35%"], dynamics: "100%" },
  // seed line 1141
  { no: "", priority: "", name: "Запровадження на постійній основі заходів щодо розвитку цифрових компетентностей посадовців громади, проведення офлайн- та онлайн-навчання із застосуванням цифрових освітніх ресурсів", unit: "%", baseline: "30%", targets: ["30%", "30%", "10%"], dynamics: "100%" },
  // seed line 1142
  { no: "", priority: "", name: "Організація заходів з обміну досвідом. Участь у різноманітних заходах не менше 2х разів на рік представників громади", unit: "Так/ні", baseline: "Ні", targets: ["Так", "Так", "Так"], dynamics: "100%" },
  // seed line 1143
  { no: "", priority: "", name: "Розробка коротких змістовних інструкцій наявних міських електронних сервісів Поширення інформації про цифрові продукти громади та інструкцій користування ними", unit: "%", baseline: "20%", targets: ["20%", "30%", "30%"], dynamics: "100%" },
  // seed line 1144
  { no: "", priority: "", name: "Проведення інформування щодо наявних конкурсів, грантів; надання консультацій; допомога у формуванні проектної заявки для участі у конкурсах, грантах", unit: "Так/ні", baseline: "Так", targets: ["Так", "Так", "Так"], dynamics: "100%" },
  // seed line 1145
  { no: "", priority: "", name: "Проведення зустрічей, форумів для обміном досвідом та успішними кейсами громадської активності не менше двох разів на рік", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", "Так"], dynamics: "100%" },
  // seed line 1146
  { no: "3", priority: "Цифрова безпека", name: "Закуплено ліцензійне ПЗ та встановлено альтернативне безкоштовне ПЗ", unit: "%", baseline: "10%", targets: ["5%", "42%", "43%"], dynamics: "100%" },
  // seed line 1147
  { no: "", priority: "", name: "Закуплено ліцензійне антивірусне ПЗ", unit: "%", baseline: "10%", targets: ["0%", "45%", "45%"], dynamics: "100%" },
  // seed line 1153
  { no: "", priority: "", name: "Збільшено кількість камер відеонагляду, підвищено рівень безпеки в громаді", unit: "%", baseline: "20%", targets: ["0%", "40%", "40%"], dynamics: "100%" },
  // seed line 1154
  { no: "", priority: "", name: "Встановлення 21 GPS систем в міському громадському транспорті", unit: "%", baseline: "0%", targets: ["0%", "62%", "38%"], dynamics: "100%" },
  // seed line 1155
  { no: "", priority: "", name: "Визначено інформацію, що потребує резервного копіювання та захисту. Визначення оптимального хмарного сервісу для використання. Підключення до хмарного середовища та проведено резервне копіювання", unit: "Так/ні", baseline: "Ні", targets: ["Ні", "Так", "Так"], dynamics: "100%" },
];

// ── Building the document ──────────────────────────────────────────────────────────────────────

function amount(text: string, where: string): Kop {
  const parsed = parseAmount(text, UNIT);
  if (parsed.kind !== 'amount') throw new Error(`${where}: «${text}» is not an amount`);
  return parsed.value;
}

const priorities: DocInput['priorities'] = [];
const tasks: DocInput['tasks'] = [];
const measures: DocInput['measures'] = [];
const notes: string[] = [];

let priorityId: string | null = null;
let taskId: string | null = null;
for (const row of ROWS) {
  if ('section' in row) {
    const task = /^(\d+\.\d+)\.?\s+(.+)$/.exec(row.section);
    const priority = /^(\d+)\.\s+(.+)$/.exec(row.section);
    if (task?.[1] && task[2]) {
      if (!priorityId) throw new Error(`task before any priority: ${row.section}`);
      taskId = `khm-t${task[1]}`;
      tasks.push({ id: taskId, programmeId: PROGRAMME_ID, priorityId, code: task[1], title: task[2], order: tasks.length + 1, declared: [] });
    } else if (priority?.[1] && priority[2]) {
      priorityId = `khm-p${priority[1]}`;
      taskId = null;
      priorities.push({ id: priorityId, programmeId: PROGRAMME_ID, code: priority[1], title: priority[2], order: priorities.length + 1, declared: [] });
    } else {
      throw new Error(`unrecognised section row: ${row.section}`);
    }
    continue;
  }
  if (!priorityId) throw new Error(`measure ${row.no} before any priority`);
  const where = `measure ${row.no}`;
  const funding: FundingCell[] = [];
  const empty: number[] = [];
  YEARS.forEach((year, i) => {
    const text = row.years[i] ?? '';
    const parsed = parseAmount(text, UNIT);
    if (parsed.kind === 'empty') empty.push(year);
    else if (parsed.kind === 'amount') funding.push({ year, sourceId: UNDIVIDED_SOURCE.id, planned: parsed.value, actual: null, marker: null });
    else if (parsed.kind === 'marker') funding.push({ year, sourceId: UNDIVIDED_SOURCE.id, planned: null, actual: null, marker: parsed.marker });
    else throw new Error(`${where}, ${year}: ${parsed.message}`);
  });
  const declared: DeclaredAmount[] = [];
  const total = parseAmount(row.total, UNIT);
  if (total.kind === 'amount') {
    declared.push({ year: null, sourceId: null, amount: total.value, label: 'Приблизний бюджет' });
    const sum = funding.reduce((s, c) => (c.planned === null ? s : addKop(s, c.planned)), ZERO);
    if (sum !== total.value) notes.push(`${where}: years sum to ${formatAmount(sum, UNIT)}, «Приблизний бюджет» says ${row.total}`);
  } else if (total.kind === 'marker' && total.marker === 'within-allocations') {
    // «В межах кошторисних призначень»: years without an amount of their own get the marker; a «+»
    // year keeps «ongoing» (a cell holds one marker), so nothing is added where every year is «+».
    for (const year of empty) funding.push({ year, sourceId: UNDIVIDED_SOURCE.id, planned: null, actual: null, marker: 'within-allocations' });
    notes.push(`${where}: «Приблизний бюджет» = «${row.total}»; years ${row.years.join(' / ')}${empty.length ? '' : ' — all «+», kept as «ongoing», nothing added'}`);
  } else if (total.kind === 'error' || total.kind === 'marker') {
    throw new Error(`${where}: unexpected total «${row.total}»`);
  }
  funding.sort((a, b) => a.year - b.year);
  measures.push({
    id: `khm-m${row.no}`,
    programmeId: PROGRAMME_ID,
    priorityId,
    taskId,
    code: row.no,
    title: row.title,
    responsible: row.responsible,
    term: { text: '', from: null, to: null },
    result: row.result,
    sourceText: row.source,
    status: 'planned',
    order: measures.length + 1,
    budgetCodes: [],
    funding,
    declared,
  });
}

function unitKind(unit: string): UnitKind {
  const u = unit.trim().toLowerCase();
  if (u === '%') return 'percent';
  if (u === 'так/ні') return 'yes-no';
  if (/1000\s*насел/.test(u)) return 'per-1000';
  if (/^коеф/.test(u)) return 'ratio';
  if (/^(осіб|од\.?|кількість)/.test(u)) return 'count';
  if (/грн/.test(u)) return 'money';
  return 'text';
}

function indicatorValue(text: string, kind: UnitKind): IndicatorValue {
  const t = text.trim();
  if (t === '') return null;
  if (kind === 'yes-no') {
    if (/^так$/i.test(t)) return 1;
    if (/^ні$/i.test(t)) return 0;
  }
  const number = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(t.replace(/[\s\u00a0]/g, ''));
  if (number?.[1] && (kind !== 'text')) return Number(number[1].replace(',', '.'));
  return t;
}

const indicators: DocInput['indicators'] = [];
let groupNo = '';
let groupPriority = '';
for (const row of INDICATOR_ROWS) {
  // «№» and «Пріоритет» are merged cells spanning a priority's rows: the extract writes them on the
  // group's first row only, so they are carried down.
  if (row.no) groupNo = row.no;
  if (row.priority) groupPriority = row.priority;
  const kind = unitKind(row.unit);
  const match = priorities.find((p) => p.title.trim().toLowerCase() === groupPriority.trim().toLowerCase());
  const targets: Record<string, IndicatorValue> = {};
  YEARS.forEach((year, i) => {
    targets[String(year)] = indicatorValue(row.targets[i] ?? '', kind);
  });
  indicators.push({
    id: `khm-i${indicators.length + 1}`,
    programmeId: PROGRAMME_ID,
    priorityId: match ? match.id : null,
    priorityText: groupPriority,
    code: groupNo,
    name: row.name,
    unit: row.unit,
    unitKind: kind,
    direction: 'higher',
    baseline: indicatorValue(row.baseline, kind),
    targets,
    actuals: {},
    declaredDynamics: row.dynamics,
    measureIds: [],
    order: indicators.length + 1,
  });
}

const input: DocInput = {
  programme: {
    id: PROGRAMME_ID,
    schemaVersion: SCHEMA_VERSION,
    title: 'Програма інформатизації Хмільницької міської територіальної громади на 2023-2025 роки',
    community: 'Хмільницька міська територіальна громада',
    katottg: '', // the document states no КАТОТТГ code
    startYear: 2023,
    endYear: 2025,
    unit: UNIT,
    sources: [...STANDARD_SOURCES, UNDIVIDED_SOURCE],
    passport: PASSPORT.map(([label, value], i) => ({ key: `p${i + 1}`, label, value })),
    declared: PROGRAMME_DECLARED.map((d) => ({ year: d.year, sourceId: null, amount: amount(d.text, d.label), label: d.label })),
    monitoring: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  },
  priorities,
  tasks,
  measures,
  indicators,
  scenarios: [],
};

const doc = programmeDocSchema.parse(input);

// ── Checks and report ──────────────────────────────────────────────────────────────────────────
const byYear = new Map<number, Kop>(YEARS.map((y) => [y, ZERO]));
for (const m of doc.measures) {
  for (const c of m.funding) if (c.planned !== null) byYear.set(c.year, addKop(byYear.get(c.year) ?? ZERO, c.planned));
}
const grand = [...byYear.values()].reduce(addKop, ZERO);
console.log(`priorities ${doc.priorities.length}, tasks ${doc.tasks.length}, measures ${doc.measures.length}, indicators ${doc.indicators.length}`);
for (const [year, sum] of byYear) {
  const stated = doc.programme.declared.find((d) => d.year === year);
  console.log(`${year}: ${formatAmount(sum, UNIT)} тис. грн (stated ${stated ? formatAmount(stated.amount, UNIT) : '—'})`);
}
const statedTotal = doc.programme.declared.find((d) => d.year === null);
console.log(`total: ${formatAmount(grand, UNIT)} тис. грн (stated ${statedTotal ? formatAmount(statedTotal.amount, UNIT) : '—'})`);
const columnTotal = doc.measures.flatMap((m) => m.declared).reduce((s, d) => addKop(s, d.amount), ZERO);
console.log(`sum of the «Приблизний бюджет» column: ${formatAmount(columnTotal, UNIT)} тис. грн`);
for (const note of notes) console.log(`note: ${note}`);
const mismatches = [...byYear].filter(([y, s]) => doc.programme.declared.find((d) => d.year === y)?.amount !== s);
if (mismatches.length || grand !== statedTotal?.amount) throw new Error('computed totals differ from the stated ones');

// No @types/node in the project: reach Node's fs through an untyped dynamic import.
type NodeFs = {
  mkdirSync(path: URL, options: { recursive: boolean }): void;
  writeFileSync(path: URL, data: string): void;
};
const fs = (await import('node:fs' as string)) as NodeFs;
const out = new URL('../../public/samples/khmilnyk-2023-2025.json', import.meta.url);
fs.mkdirSync(new URL('.', out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
console.log(`written ${out.pathname}`);
