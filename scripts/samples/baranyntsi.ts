/**
 * Generates public/samples/baranyntsi-2024-2026.json: «Програма інформатизації «Цифрова Баранинська
 * громада» на 2024-2026 роки» (рішення Баранинської сільської ради від 12 березня 2024 року № 21),
 * transcribed by hand from the text extracted from the document (seed 003_64089969dcbe23b1.txt).
 *
 *   npx tsx scripts/samples/baranyntsi.ts
 *
 * The data below is kept as close to the document as possible: every cell is the document's text
 * (HTML tags of the extraction and doubled spaces removed), with the seed line it comes from in a
 * comment; cells that the page break split over two lines are kept as their parts and joined with
 * a space. When the seed file is present, every transcribed cell is checked to occur in it.
 *
 * Judgment calls (see also the report that went with this file):
 * - Passport keys follow the document's own numbering (p1…p6, p8, p9, p10: the form has no field 7);
 *   the grey form hints «(посада, прізвище, …)» are not part of the values.
 * - Measure title = the whole cell (all numbered sub-measures of one table row) without the leading
 *   code, which goes to `code`; task titles likewise without their code.
 * - Indicators: the document numbers only the priority groups (1.–5.), so codes are a running
 *   number per row; the group is kept in priorityText/priorityId. Row «Співвідношення кількості
 *   датчиків…» is shifted two columns left in the extraction and is read as name/unit/baseline.
 */
import { programmeDocSchema } from '../../src/model/schema';
import type {
  DeclaredAmount, FundingCell, Indicator, IndicatorValue, Measure, Priority, ProgrammeDoc, Task, UnitKind,
} from '../../src/model/schema';
import { parseAmount, formatAmount, ZERO, addKop, type Kop } from '../../src/model/money';
import { STANDARD_SOURCES } from '../../src/model/sources';

// Node's fs through a non-literal specifier: the project's tsconfig carries no Node types.
interface NodeFs {
  writeFileSync(path: URL, data: string): void;
  mkdirSync(path: URL, options: { recursive: boolean }): void;
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
}
const fsSpecifier: string = 'node:fs';
const fs = (await import(fsSpecifier)) as NodeFs;

const SEED = '/work/shared/seeds/003_64089969dcbe23b1.txt';
const OUT = new URL('../../public/samples/baranyntsi-2024-2026.json', import.meta.url);
const PID = 'baranyntsi-2024';
const YEARS = [2024, 2025, 2026] as const;
const STAMP = '2024-01-01T00:00:00.000Z';

/** A cell as written; an array when a page break split it (the parts are joined with a space). */
type Cell = string | string[];
const text = (c: Cell): string => (Array.isArray(c) ? c.join(' ') : c);

// ─── Passport (seed lines 29–48) ────────────────────────────────────────────────────────────────
const PASSPORT: { key: string; label: string; value: string }[] = [
  { key: 'p1', label: 'Найменування територіальної громади', value: 'Баранинська сільська територіальна громада' },
  { key: 'p2', label: 'Дата, номер, назва документа про схвалення проекту програми', value: '06.03.2024 №5 ПРОТОКОЛ бюджетної комісії' },
  { key: 'p3', label: 'Дата погодження проекту Програми генеральним державним замовником', value: '' },
  { key: 'p4', label: 'Дата, номер, назва розпорядчого документа про затвердження програми', value: '' },
  { key: 'p5', label: 'Розробник програми', value: 'Відділ загальної та організаційної роботи Баранинської сільської ради' },
  {
    key: 'p6',
    label: 'Керівники програми',
    value: 'Костик Юрій Вікторович, тел.0500555535, yurikostik@gmail.com Марусяк Юрій Іванович, тел. 0508773769, barsilrada@gmail.com',
  },
  { key: 'p8', label: 'Виконавці програми (учасники)', value: 'Відділи Баранинської сільської ради' },
  { key: 'p9', label: 'Строк виконання програми', value: '2023-2026 роки' },
  {
    key: 'p10',
    label: 'Джерела та обсяги фінансування',
    // The passport's small table (2024 / 2025 / 2026 / Всього), row by row; empty rows as «—».
    value:
      'тис. грн, 2024 / 2025 / 2026 / Всього: загальний обсяг — ; у т.ч.: державний бюджет — ; ' +
      'обласний бюджет 50 / 0 / 0 / 50; місцевий бюджет 30 / 30 / 90 / 150; інші джерела —',
  },
];

// ─── Додаток 1 (seed lines 295–338) ─────────────────────────────────────────────────────────────
interface Row {
  line: string; // seed line(s)
  task: Cell; // «Назва завдання», with its code
  measure: Cell; // «Назва проекту, роботи з інформатизації», with its code(s)
  responsible: string;
  term: string;
  amounts: [string, string, string]; // 2024, 2025, 2026 as written, тис. грн
  total: string; // «Усього» as written
  result: string; // «Очікуваний результат виконання заходу»
}
interface PriorityBlock {
  line: string;
  heading: string; // «Пріоритетний напрям № N. …» as written
  rows: Row[];
  declared: { line: string; amounts: [string, string, string]; total: string }; // «Всього за напрямом»
}

const VZORR = 'Відділ загальної та організаційної роботи Баранинської сільської ради';

const APPENDIX1: PriorityBlock[] = [
  {
    line: '299',
    heading: 'Пріоритетний напрям № 1. Цифрова трансформація органу місцевого самоврядування',
    rows: [
      {
        line: '300',
        task: '1.1. Забезпечення функціонування електронної системи документообігу в територіальній громаді, комунальних установах',
        measure: '1.1.1. Забезпечення використання електронної системи документообігу усіма структурними підрозділами Баранинської територіальної громади',
        responsible: VZORR,
        term: '',
        amounts: ['30', '0', '0'],
        total: '30',
        result: 'Перехід документообігу територіальної громади в електронний формат',
      },
      {
        line: '301',
        task: '1.2. Підвищення рівня залученості громадян до прийняття рішень',
        measure: '1.2.1 Розвиток та популяризація інструментів е-демократії: е-петиція, е-консультація;',
        responsible: 'Відділ загальної та організаційної роботи Баранинської сільської ради громади',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
    ],
    declared: { line: '302', amounts: ['30', '0', '0'], total: '30' },
  },
  {
    line: '304',
    heading: 'Пріоритетний напрям № 2. Цифровізація публічних послуг',
    rows: [
      {
        line: '305',
        task: '2.1. Розширення надання публічних послуг і сервісів на основі цифровізації у режимі paperless',
        measure: '2.1.1. Надання адміністративних послуг населенню через цифрові канали; 2.1.2. Забезпечення ЦНАП обладнанням для QR-валідації в Дії / зчитування ID-карток;',
        responsible: VZORR,
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
      {
        line: '306',
        task: '2.2 Цифровий розвиток послуг галузі освіти',
        measure: "2.2.1. Впровадження електронної освіти (е-платформи, е-журнали, е-щоденники) у всіх закладах освіти громади 2.2.2. Придбання комп'ютерів для облаштування сучасного кабінету інформатики 2.2.3. Забезпечення STEM/STEAM-лабораторіями та комп'ютерною технікою :",
        responsible: 'Відділ освіти Баранинської сільської ради',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
      {
        line: '307+309',
        task: "2.3. Цифровізація послуг в сфері охорони здоров'я",
        measure: [
          '2.3.1. Популяризація серед населення та медперсоналу медичних інформаційних систем (МІС) , порталу пацієнта www.medportal.ua',
          "(багатофункціональний портал в т.ч. із записом на прийом до лікаря первинної ланки медичної допомоги) в місцевих ЗМІ. 2.3.2. Забезпечення сучасними технічними та інформаційно-програмними засобами для функціонування електронної системи охорони здоров'я; 2.3.3 Підтримка розвитку телемедицини (під'єднання портативних медичних наборів для телемедицини в амбулаторіях громади 2.3.4. Надання можливості онлайн-запису до лікарів вторинної ланки медичної допомоги;",
        ],
        responsible: 'Центр первинної медико-санітарної допомоги Баранинської сільської ради',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
      {
        line: '310+312',
        task: '2.4. Цифровізація сфери культури',
        measure: [
          '2.4.1 Цифровізація бібліотечної системи, підключення до автоматизованої бібліотечної електронної платформи;',
          '2.4.2. Розвиток хабів цифрової освіти в бібліотеках громади;',
        ],
        responsible: '',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
    ],
    declared: { line: '313', amounts: ['0', '0', '0'], total: '0' },
  },
  {
    line: '314',
    heading: 'Пріоритетний напрям № 3. Розбудова інфраструктури інформатизації в територіальній громаді',
    rows: [
      {
        line: '315',
        task: '3.1.Визначення потреб в технічному забезпеченні територіальної громади, комунальних установ, підприємств, закладів',
        measure: '3.1.1.Інвентаризація технічного забезпечення територіальної громади, комунальних установ, підприємств, закладів',
        responsible: '',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
      {
        line: '316',
        task: '3.2.Облаштування відкритих Wi-Fi зон у громадських місцях, а також у приміщеннях територіальної громади, комунальних підприємств, установ, закладів',
        measure: '3.2.1. Придбання та встановлення обладнання',
        responsible: '',
        term: '',
        amounts: ['0', '0', '20'],
        total: '20',
        result: '',
      },
      {
        line: '317+319',
        task: [
          '3.3. Оновлення ІТ-інфраструктури для функціонування віддалених робочих місць Центру надання',
          'адміністративних послуг',
        ],
        measure: '3.3.1.Придбання офісної техніки:',
        responsible: '',
        term: '',
        amounts: ['0', '30', '0'],
        total: '30',
        result: '',
      },
      {
        line: '320',
        task: "3.4. Забезпечення сільської ради, комунальних підприємств, установ та закладів сучасною комп'ютерною та оргтехнікою",
        measure: '3.4.1. Придбання офісної техніки',
        responsible: '',
        term: '',
        amounts: ['0', '0', '30'],
        total: '30',
        result: '',
      },
      {
        line: '321',
        task: '3.5. Створення електронних архівів та оцифрування реєстрів',
        measure: "3.5.1. Придбання: Комп'ютерів Сканерів",
        responsible: '',
        term: '',
        amounts: ['0', '0', '20'],
        total: '20',
        result: '',
      },
      {
        line: '322',
        task: '3.6. Організація і вдосконалення захисту інформаційних ресурсів та інформації, кіберзахисту, безпечного середовища',
        measure: '3.6.1. Підвищення рівня кваліфікації працівників територіальної громади та населення з кібербезпеки / кібергігієни;',
        responsible: '',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
    ],
    declared: { line: '323', amounts: ['0', '30', '70'], total: '100' },
  },
  {
    line: '324',
    heading: 'Пріоритетний напрям № 4. Розвиток цифрових навичок різних категорій громадян',
    rows: [
      {
        line: '325+327',
        task: '4.1. Організація навчань',
        measure: [
          '4.1.1. Підвищення кваліфікації посадових осіб місцевого самоврядування та депутатів територіальної',
          "громади з питань інформатизації, цифрового розвитку, електронного урядування та електронної демократії; 4.1.2. сприяння розвитку цифрової компетентності працівників сфери освіти, охорони здоров'я, культури 4.1.3. Впровадження у закладах освіти навчальних програм для опанування цифровими навичками вчителями і учнями; 4.1.4.Забезпечення підвищення рівня цифрової грамотності населення сільських територій",
        ],
        responsible: '',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
      {
        line: '328+330',
        task: [
          '4.2. Створення сприятливих умов для поширення використання населенням цифрових технологій, використання онлайн-послуг з',
          'реєстрації на порталі Дія',
        ],
        measure: '4.2.1.Організація навчань Дія.Освіта в бібліотеках громади 4.2.2.Облаштування доступних Wi-Fi зон в громаді',
        responsible: '',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
      {
        line: '331',
        task: '4.3. Підтримка інтелектуально обдарованих, талановитих дітей та молоді у сфері інформаційно-комунікаційних технологій.',
        measure: '4.3.1 Проведення конкурсів (малюнків, есе, хакатонів, ідея тонів) 4.3.2 Проведення конкурсу відеороликів «Я знаю неймовірне місце» до Дня Незалежності України',
        responsible: '',
        term: '',
        amounts: ['0', '0', '0'],
        total: '0',
        result: '',
      },
    ],
    declared: { line: '332', amounts: ['0', '0', '0'], total: '0' },
  },
  {
    line: '333',
    heading: 'Пріоритетний напрям № 5. Стимулювання цифрової економіки територіальної громади',
    rows: [
      {
        line: '334+336',
        task: '5.1. Підтримка розвитку економіки громади через цифрові інновації',
        measure: [
          "5.1.1 Створення та популяризація електронного інвестиційного каталогу громади 5.1.2. Створення та розвиток об'єктів інфраструктури підтримки малого та середнього підприємництва (коворкінг-центри) 5.1.3 Створення центру підтримки підприємництва на базі центру надання адміністративних послуг 5.1.4. Проведення інформаційних",
          'кампаній, локальних подій та форумів для стимулювання розвитку цифрової економіки. 5.1.5. Впровадження цифрових технологій для бізнесу, зокрема, надання послуг бізнесу в онлайн-форматі.',
        ],
        responsible: '',
        term: '',
        amounts: ['0', '0', '20'],
        total: '20',
        result: '',
      },
    ],
    declared: { line: '337', amounts: ['0', '0', '20'], total: '20' },
  },
];

/** «Разом за Програмою» (seed line 338). */
const PROGRAMME_TOTAL = { amounts: ['30', '30', '90'] as [string, string, string], total: '150' };

// ─── Додаток 2 (seed lines 340–406) ─────────────────────────────────────────────────────────────
/**
 * [line, № as written, «Пріоритет» as written ('' = the merged cell above), name, unit, baseline,
 *  2024, 2025, 2026, «Динаміка»]. All target and dynamics cells of this document are empty.
 */
type IndRow = [string, string, string, string, string, string, string, string, string, string];
const APPENDIX2: IndRow[] = [
  ['344', '1.', 'Цифрова трансформація органу місцевого самоврядування', '% проведених (висвітлених) відео-трансляцій пленарних засідань ради ТГ, засідань виконавчого комітету до загальної кількості засідань, що підлягають оприлюдненню, упродовж звітного періоду', '%', '', '', '', '', ''],
  ['345', '', '', '% унікальних користувачів до чисельності населення ТГ, що взяли участь у голосуванні за проекти громадського бюджету ТГ в електронному вигляді', '%', '', '', '', '', ''],
  ['346', '', '', '% обсягу закупівель ОМС, які доступні для онлайн моніторингу громадянами на онлайн платформах від загального обсягу закупівель', '%', '100', '', '', '', ''],
  ['347', '', '', '% наборів даних, опублікованих онлайн, що перебувають у володінні ТГ з реєстру «Наборів даних, що перебувають у володінні розпорядника інформації» згідно до абзацу 6 Порядку наборів даних, які підлягають оприлюдненню у формі відкритих даних відповідно до Постанови КМУ №835', '%', '0', '', '', '', ''],
  ['348', '', '', 'ОМС зареєстрований як розпорядник інформації на Єдиному державному веб-порталі відкритих даних та оприлюднює публічну інформацію у формі відкритих даних відповідно до законодавства', 'Так/Ні', '', '', '', '', ''],
  ['349', '', '', '% посадових осіб ОМС, підключених до системи електронного документообігу', '%', '', '', '', '', ''],
  ['350', '', '', '% комунальних закладів та установ, в тому числі їхніх підрозділів, підключених до системи електронного документообігу', '%', '0', '', '', '', ''],
  ['354', '', '', '% зареєстрованих документів структурних підрозділів ОМС, які підписуються цифровим підписом Керівника', '%', '108', '', '', '', ''],
  ['355', '', '', 'Інтеграція СЕД ОМС із СЕВ ОБВ', 'Так/Ні', 'так', '', '', '', ''],
  ['356', '', '', "% видатків з місцевого бюджету спрямованих на зв'язок, телекомунікації та інформатику у бюджеті ТГ", '%', '', '', '', '', ''],
  ['357', '', '', 'Наявність туристичної інформації на ресурсах, що адмініструються ОМС', 'Так/ Ні', 'ні', '', '', '', ''],
  ['358', '', '', 'Наявність інформації про культурні заходи на порталі ТГ (або на інших офіційних сторінках ТГ)', 'Так/Ні', 'так', '', '', '', ''],
  ['359', '', '', "% туристичних ресурсів та пам'яток, маркованих QR-кодом від загальної кількості туристичних ресурсів та пам'яток", '%', '0', '', '', '', ''],
  ['360', '', '', 'Наявність у публічному доступі геопорталу ТГ', 'Так/Ні', 'ні', '', '', '', ''],
  ['361', '', '', 'Відповідність офіційного сайту ОМС дизайн-коду Дія', 'Так/Ні', 'ні', '', '', '', ''],
  ['362', '2.', 'Цифровізація публічних послуг', "% найменувань адміністративних послуг, суб'єктом надання яких є ОМС, які можна замовити онлайн від загальної кількості найменувань адміністративних послуг (РКМУ 523)", '%', '0', '', '', '', ''],
  ['363', '', '', "% найменувань адміністративних послуг, суб'єктом надання яких є ОМС, результати яких надаються у цифровому вигляді (онлайн) від загальної кількості найменувань адміністративних послуг (РКМУ 523)", '%', '0', '', '', '', ''],
  ['364', '', '', 'Наявність можливості оплати за надання адміністративної послуги онлайн', 'Так/Ні', 'Ні', '', '', '', ''],
  ['365', '', '', '% підрозділів та віддалених робочих місць ЦНАП, що обладнані електронною чергою (включно з онлайн реєстрацією)', '%', '0', '', '', '', ''],
  ['369', '', '', 'Наявність функціональних можливостей програмного забезпечення ЦНАП (Універсам-послуг, електронної реєстрації звернень, можливість прикліплення скан копій до реєстраційного онлайн запису/запиту)', 'Так/Ні', 'Так', '', '', '', ''],
  ['370', '', '', '% робочих місць адміністраторів ЦНАП обладаних для QR валідації Дія (включаючи віддалені робочі місця)', '%', '13', '', '', '', ''],
  ['371', '', '', '% робочих місць адміністраторів ЦНАП обладаних зчитувачем ID-карток (включаючи віддалені робочі місця)', '%', '0', '', '', '', ''],
  ['372', '', '', 'Наявність IVR системи (в т.ч. для ЦНАП та інших підрозділів, що надають послуги) для надання інформації ОМС', 'Так/Ні', 'ні', '', '', '', ''],
  ['373', '', '', '% ЗЗО у ТГ, які використовують шкільні е-журнали та/або е-платформи для шкіл', '%', '100', '', '', '', ''],
  ['374', '', '', '% вчителів 5-11 класів ЗЗО у ТГ, які зареєстровані на онлайн-платформі ВШО', '%', '0', '', '', '', ''],
  ['375', '', '', '% шкіл, що забезпечені STEM/STEAM лабораторіями', '%', '0', '', '', '', ''],
  ['376', '', '', "Кількість персональної комп'ютерної техніки (планшети/ноутбуки) на 1 учня 5-11 класів", '%', '10', '', '', '', ''],
  ['377', '', '', '% закладів дошкільної освіти, де запровадження електронна черга зі зарахування дитини до закладу', '%', '0', '', '', '', ''],
  ['378', '', '', '% ЗОЗ, які надають можливість онлайн запису до лікаря', '%', '75', '', '', '', ''],
  ['379', '', '', 'Наявність та використання мобільної валізи ЦНАП', 'Так/Ні', 'Ні', '', '', '', ''],
  ['380', '', '', '% шкіл які провели шкільний громадський бюджет (за рік)', '%', '0', '', '', '', ''],
  ['381', '', '', 'Наявність розділу на порталі громади що містить корисну інформацію та/або посилання для ВПО', 'Так/Ні', 'Ні', '', '', '', ''],
  ['385', '3.', 'Розбудова інфраструктури інформатизації в територіальній громаді', "% соціальних об'єктів ТГ, що підключених до волоконно-оптичних мереж", '%', '100', '', '', '', ''],
  ['386', '', '', '% підрозділів та віддалених робочих місць ЦНАП підключених до системи онлайн моніторингу та оцінки якості послуг Порталу Дія', '%', '100', '', '', '', ''],
  ['387', '', '', "% посадових осіб, які мають службовий персональний комп'ютер від загальної кількості посадових осіб ОМС", '%', '100', '', '', '', ''],
  ['388', '', '', "% комп'ютерної техніки у закладах освіти, вік якої менше 7 років", '%', '55', '', '', '', ''],
  ['389', '', '', "% персональних комп'ютерів та серверів у ОМС віком до 7 років", '%', '45', '', '', '', ''],
  ['390', '', '', '% посадових осіб ОМС, які пройшли навчання (підвищення кваліфікації) по програмах з кібербезпеки та кібергігієни від загальної кількості посадових осіб ОМС', '%', '20', '', '', '', ''],
  ['391', '', '', "% комп'ютерної техніки в ОМС, на якій регулярно (1 раз на квартал) проводиться контроль оновлень ПЗ до останньої версії", '%', '100', '', '', '', ''],
  ['392', '', '', 'Наявність Політики (ВНД) з кібербезпеки на рівні ОМС', 'Так/Ні', 'Ні', '', '', '', ''],
  ['393', '', '', 'ТГ підключена до системи інформування про кіберінциденти MISP-UA та MISP CERT UA', 'Так/Ні', 'Так', '', '', '', ''],
  ['394', '', '', 'Кількість активних камер відео спостереження на площу населених пунктів в ТГ', 'Коефіцієнт', '120', '', '', '', ''],
  ['395', '', '', '% населення ТГ охопленою цифровою системою сповіщення цивільного захисту', '%', '2', '', '', '', ''],
  // In the extraction this row starts two cells early (name in the «№» column); read as name/unit/baseline.
  ['396', '', '', 'Співвідношення кількості датчиків вимірювання якості повітря до площі населених пунктів ТГ', 'Коефіцієнт', '0', '', '', '', ''],
  ['400', '4.', 'Підвищення рівня цифрової грамотності різних категорій громадян', '% жителів поважного віку (60+ років), які пройшли навчання з цифрової грамотності / гігієни у загальній чисельності наявного населення поважного віку', '%', '0,01', '', '', '', ''],
  ['401', '', '', '% дітей зареєстрованих через «Малютко» до загальної кількості новонароджених', '%', '', '', '', '', ''],
  ['402', '', '', 'Кількість школярів (6-11 класів) призерів (1-3 місце) всеукраїнських олімпіад (4 етапу) з Математики та Інформатики', 'Осіб', '0', '', '', '', ''],
  ['403', '', '', 'Кількість школярів (6-11 класів) призерів (1-3 місце) олімпіад (2 та 3 етапів) з Математики та Інформатики, на 1000 школярів (6-11 класів) в ТГ', 'Осіб/1000 осіб', '0', '', '', '', ''],
  ['404', '5.', 'Стимулювання розвитку цифрової економіки територіальної громади', 'Кількість робочих місць в ІТ-хабах, які можуть орендувати/працювати ІТ-спеціалісти на території хабу, на 1 тис населення', 'Од./1000 населення', '0', '', '', '', ''],
  ['405', '', '', 'На офіційних ресурсах ОМС наявна інформація про інвестиційні об\'єкти (у вигляді шару ГІС) та була оновлена протягом звітного року', 'Так/Ні', 'Ні', '', '', '', ''],
  ['406', '', '', "% послуг ОМС для бізнесу, які надані онлайн, від загальної кількості послуг (послуги, суб'єктом надання яких є ОМС, комунальні підприємства, заклади)", '%', '0', '', '', '', ''],
];

/**
 * Indicator group № → priority code. Groups 1–3 carry the priority's name word for word; group 4
 * («Підвищення рівня цифрової грамотності…» vs «Розвиток цифрових навичок…») and group 5
 * («Стимулювання розвитку цифрової економіки…» vs «Стимулювання цифрової економіки…») are worded
 * differently but carry the same number and subject, so they are linked too.
 */
const GROUP_TO_PRIORITY: Record<string, string> = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5' };

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────────
function amount(t: string): Kop {
  const p = parseAmount(t, 'thousand-uah');
  if (p.kind !== 'amount') throw new Error(`not an amount: «${t}»`);
  return p.value;
}

/** Splits «1.1. Назва» / «2.2 Назва» / «3.1.Назва» into code and title. */
function splitCode(s: string): { code: string; title: string } {
  const m = /^(\d+(?:\.\d+)+)\.?\s*(.*)$/s.exec(s);
  if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`no leading code in «${s}»`);
  return { code: m[1], title: m[2] };
}

function unitKind(unit: string): UnitKind {
  const u = unit.replace(/\s+/g, '').toLowerCase();
  if (u === '%') return 'percent';
  if (u === 'так/ні') return 'yes-no';
  if (u.includes('/1000')) return 'per-1000';
  if (u === 'коефіцієнт') return 'ratio';
  if (u === 'осіб' || u === 'од.' || u === 'кількість') return 'count';
  if (u === 'грн' || u === 'тис.грн') return 'money';
  return 'text';
}

function value(t: string, kind: UnitKind): IndicatorValue {
  const s = t.trim();
  if (s === '') return null;
  if (kind === 'yes-no') {
    if (/^так$/i.test(s)) return 1;
    if (/^ні$/i.test(s)) return 0;
    return s;
  }
  if (kind !== 'text') {
    const m = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(s);
    if (m && m[1] !== undefined) return Number(m[1].replace(',', '.'));
  }
  return s;
}

function declaredRow(amounts: [string, string, string], total: string, label: string): DeclaredAmount[] {
  return [
    ...YEARS.map((year, i) => ({ year, sourceId: null, amount: amount(amounts[i] ?? ''), label })),
    { year: null, sourceId: null, amount: amount(total), label },
  ];
}

// ─── Build ──────────────────────────────────────────────────────────────────────────────────────
const priorities: Priority[] = [];
const tasks: Task[] = [];
const measures: Measure[] = [];
const taskIds = new Set<string>();

APPENDIX1.forEach((block, pi) => {
  const m = /^Пріоритетний напрям № (\d+)\. (.+)$/.exec(block.heading);
  if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`bad heading ${block.heading}`);
  const priorityId = `bar-p${m[1]}`;
  priorities.push({
    id: priorityId,
    programmeId: PID,
    code: m[1],
    title: m[2],
    order: pi + 1,
    declared: declaredRow(block.declared.amounts, block.declared.total, 'Всього за напрямом'),
  });
  for (const row of block.rows) {
    const t = splitCode(text(row.task));
    const taskId = `bar-t${t.code}`;
    if (!taskIds.has(taskId)) {
      taskIds.add(taskId);
      tasks.push({ id: taskId, programmeId: PID, priorityId, code: t.code, title: t.title, order: tasks.length + 1, declared: [] });
    }
    const ms = splitCode(text(row.measure));
    const funding: FundingCell[] = [];
    YEARS.forEach((year, i) => {
      const planned = amount(row.amounts[i] ?? '');
      if (planned !== 0) funding.push({ year, sourceId: 'local', planned, actual: null, marker: null });
    });
    const n = measures.length + 1;
    measures.push({
      id: `bar-m${n}`,
      programmeId: PID,
      priorityId,
      taskId,
      code: ms.code,
      title: ms.title,
      responsible: row.responsible,
      term: { text: row.term, from: null, to: null },
      result: row.result,
      sourceText: 'Місцевий бюджет',
      status: 'planned',
      order: n,
      budgetCodes: [],
      funding,
      declared: [{ year: null, sourceId: null, amount: amount(row.total), label: 'Усього' }],
    });
  }
});

const indicators: Indicator[] = [];
let group = '';
let priorityText = '';
for (const [, no, prio, name, unit, baseline, t24, t25, t26, dyn] of APPENDIX2) {
  if (no) group = no.replace(/\.$/, '');
  if (prio) priorityText = prio;
  const kind = unitKind(unit);
  const pCode = GROUP_TO_PRIORITY[group];
  const n = indicators.length + 1;
  indicators.push({
    id: `bar-i${n}`,
    programmeId: PID,
    priorityId: pCode ? `bar-p${pCode}` : null,
    priorityText,
    code: String(n),
    name,
    unit,
    unitKind: kind,
    direction: 'higher',
    baseline: value(baseline, kind),
    targets: { '2024': value(t24, kind), '2025': value(t25, kind), '2026': value(t26, kind) },
    actuals: {},
    declaredDynamics: dyn,
    measureIds: [],
    order: n,
  });
}

const doc: ProgrammeDoc = {
  programme: {
    id: PID,
    schemaVersion: 1,
    title: 'Програма інформатизації «Цифрова Баранинська громада» на 2024-2026 роки',
    community: 'Баранинська сільська територіальна громада',
    katottg: '',
    startYear: 2024,
    endYear: 2026,
    unit: 'thousand-uah',
    sources: STANDARD_SOURCES.map((s) => ({ ...s })),
    passport: PASSPORT,
    declared: declaredRow(PROGRAMME_TOTAL.amounts, PROGRAMME_TOTAL.total, 'Разом за Програмою'),
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

// ─── Cross-check against the seed, when it is at hand ──────────────────────────────────────────
const norm = (s: string): string => s.replace(/<\/?(?:i|p|small)>/g, ' ').replace(/\s+/g, ' ').trim();
if (fs.existsSync(SEED)) {
  const seedCells = new Set(fs.readFileSync(SEED, 'utf8').split('\n').flatMap((l) => l.split('\t').map(norm)));
  const seedText = norm(fs.readFileSync(SEED, 'utf8'));
  const cells: string[] = [doc.programme.title, ...PASSPORT.filter((p) => p.key !== 'p10').flatMap((p) => [p.label, p.value])];
  for (const b of APPENDIX1) {
    cells.push(b.heading);
    for (const r of b.rows) {
      for (const c of [r.task, r.measure]) cells.push(...(Array.isArray(c) ? c : [c]));
      cells.push(r.responsible, r.result, ...r.amounts, r.total);
    }
  }
  for (const r of APPENDIX2) cells.push(...r.slice(1));
  const missing = cells.filter((c) => c !== '' && !seedCells.has(c) && !seedText.includes(c));
  if (missing.length) throw new Error(`not found in the seed:\n${missing.join('\n')}`);
  console.log(`seed cross-check: ${cells.filter((c) => c !== '').length} transcribed cells found in ${SEED}`);
} else {
  console.log('seed file not present, cross-check skipped');
}

// ─── Validate, write, report ────────────────────────────────────────────────────────────────────
const parsed = programmeDocSchema.parse(doc);
fs.mkdirSync(new URL('.', OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(parsed, null, 2) + '\n');

const fmt = (k: Kop) => formatAmount(k, 'thousand-uah');
const sumFunding = (pred: (m: Measure, c: FundingCell) => boolean): Kop =>
  measures.reduce((acc, m) => m.funding.reduce((a, c) => (pred(m, c) && c.planned ? addKop(a, c.planned) : a), acc), ZERO);
const declaredOf = (d: DeclaredAmount[], year: number | null) => d.find((x) => x.year === year && x.sourceId === null)?.amount;

console.log(`wrote ${OUT.pathname}`);
console.log(
  `priorities ${priorities.length}, tasks ${tasks.length}, measures ${measures.length} ` +
    `(${measures.filter((m) => m.funding.length).length} funded), indicators ${indicators.length}`,
);
let mismatches = 0;
const line = (label: string, pred: (m: Measure) => boolean, declared: DeclaredAmount[]) => {
  const parts = [...YEARS, null].map((y) => {
    const computed = sumFunding((m, c) => pred(m) && (y === null || c.year === y));
    const dec = declaredOf(declared, y);
    if (dec !== computed) mismatches++;
    return `${y ?? 'всього'}: ${fmt(computed)} (док. ${dec === undefined ? '—' : fmt(dec)})`;
  });
  console.log(`${label.padEnd(8)} ${parts.join(' | ')}`);
};
console.log('тис. грн, обчислено з заходів (у документі):');
for (const p of priorities) line(`№ ${p.code}`, (m) => m.priorityId === p.id, p.declared);
line('Разом', () => true, doc.programme.declared);
for (const m of measures) {
  const total = m.funding.reduce((a, c) => addKop(a, c.planned ?? ZERO), ZERO);
  if (declaredOf(m.declared, null) !== total) {
    mismatches++;
    console.log(`${m.code}: роки ${fmt(total)} ≠ «Усього» ${fmt(declaredOf(m.declared, null) ?? ZERO)}`);
  }
}
if (mismatches) throw new Error(`${mismatches} totals differ from the document`);
console.log('all computed totals equal the declared ones');
