import { describeZodError, programmeDocSchema, type ProgrammeDoc } from '../../model/schema';

/** The sample programmes shipped in public/samples, transcribed from real documents. */
export const SAMPLES = [
  { file: 'khmilnyk-2023-2025.json', id: 'khmilnyk-2023', name: 'Хмільник 2023–2025' },
  { file: 'illintsi-2026-2028.json', id: 'illintsi-2026', name: 'Іллінці 2026–2028' },
  { file: 'baranyntsi-2024-2026.json', id: 'baranyntsi-2024', name: 'Баранинці 2024–2026' },
] as const;

export const DEFAULT_SAMPLE = SAMPLES[0];

export async function fetchSample(file: string): Promise<ProgrammeDoc> {
  const res = await fetch(`${import.meta.env.BASE_URL}samples/${file}`);
  if (!res.ok) throw new Error(`Не вдалося завантажити зразок ${file} (${res.status}).`);
  const parsed = programmeDocSchema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`Зразок ${file} пошкоджений: ${describeZodError(parsed.error)}.`);
  return parsed.data;
}
