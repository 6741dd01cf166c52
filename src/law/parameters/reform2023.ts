// In-force dates of the three stages of the Gesetz zur Weiterentwicklung der Fachkräfteeinwanderung
// (BGBl. 2023 I Nr. 217). The value is the number of the stage in force.

import { defineParameter, valueAt } from './parameter.ts';

const ASYLNET = {
  title: 'BMI-Anwendungshinweise zum Gesetz zur Weiterentwicklung der Fachkräfteeinwanderung (Stand 01.06.2024), Zusammenfassung asyl.net',
  url: 'https://asyl.net/rsdb/m32449',
};

export const reform2023Stage = defineParameter<1 | 2 | 3>({
  id: 'fachkeg2023.stage',
  description: {
    de: 'In Kraft befindliche Stufe des Gesetzes zur Weiterentwicklung der Fachkräfteeinwanderung',
    en: 'Stage of the 2023 Skilled Immigration Act reform in force',
  },
  unit: 'count',
  values: [
    { validFrom: '2023-11-18', value: 1, reference: ASYLNET, lastVerified: '2026-11-25', note: 'Blue Card reform; §§ 18a, 18b become entitlements.' },
    { validFrom: '2024-03-01', value: 2, reference: ASYLNET, lastVerified: '2026-11-25', note: '§ 6 BeschV new form (experience route); § 16d (3).' },
    { validFrom: '2024-06-01', value: 3, reference: ASYLNET, lastVerified: '2026-11-25', note: 'Chancenkarte (§§ 20a, 20b); Western Balkans quota 50,000.' },
  ],
});

function stageDate(stage: 1 | 2 | 3): string {
  const v = reform2023Stage.values.find((x) => x.value === stage);
  if (!v) throw new Error(`reform stage ${stage} missing`);
  return v.validFrom;
}

/** 18 November 2023: first stage (Blue Card, §§ 18a/18b entitlements). */
export const REFORM_STAGE_1 = stageDate(1);
/** 1 March 2024: second stage (§ 6 BeschV new form, recognition partnership). */
export const REFORM_STAGE_2 = stageDate(2);
/** 1 June 2024: third stage (Chancenkarte). */
export const REFORM_STAGE_3 = stageDate(3);

/** true if the given stage (or a later one) is in force on `date`. */
export function reformStageInForce(stage: 1 | 2 | 3, date: string): boolean {
  const v = valueAt(reform2023Stage, date);
  return v !== undefined && v.value >= stage;
}
