/**
 * The `protected_attributes` preset of feature_policy: column names that
 * denote attributes anti-discrimination law protects (US: Civil Rights Act
 * Title VII, ECOA/Regulation B, ADEA, ADA, FHA; EU: Charter art. 21, GDPR
 * art. 9 special categories). Matched as whole words of the column name
 * (`applicant_gender`, `RaceEthnicity`, `marital-status`), so `age` does not
 * match `page_views` or `average`.
 */
export interface PresetRule {
  words: readonly string[];
  reason: string;
}

export const protectedAttributeRules: readonly PresetRule[] = [
  {
    words: ['sex', 'gender'],
    reason: 'sex/gender is a protected attribute (Title VII, ECOA, EU Charter art. 21)',
  },
  {
    words: ['race', 'ethnicity', 'ethnic', 'skin_color', 'skin_colour'],
    reason: 'race, colour and ethnic origin are protected attributes (Title VII, GDPR art. 9)',
  },
  {
    words: ['religion', 'religious', 'faith', 'creed'],
    reason: 'religion is a protected attribute (Title VII, GDPR art. 9)',
  },
  {
    words: ['national_origin', 'nationality', 'citizenship', 'birth_country', 'country_of_birth'],
    reason: 'national origin is a protected attribute (Title VII, ECOA)',
  },
  {
    words: [
      'age',
      'date_of_birth',
      'dob',
      'birth_date',
      'birthdate',
      'birth_year',
      'year_of_birth',
    ],
    reason: 'age is a protected attribute (ADEA, ECOA)',
  },
  {
    words: ['disability', 'disabled', 'handicap'],
    reason: 'disability is a protected attribute (ADA, EU Charter art. 21)',
  },
  {
    words: ['marital_status', 'married', 'marital'],
    reason: 'marital status is a protected attribute (ECOA)',
  },
  {
    words: ['pregnancy', 'pregnant'],
    reason: 'pregnancy is a protected attribute (Pregnancy Discrimination Act)',
  },
  {
    words: ['sexual_orientation'],
    reason: 'sexual orientation is a protected attribute (GDPR art. 9, EU Charter art. 21)',
  },
  {
    words: ['genetic', 'genetics', 'dna'],
    reason: 'genetic information is protected (GINA, GDPR art. 9)',
  },
  {
    words: ['political_opinion', 'political_affiliation', 'party_affiliation'],
    reason: 'political opinions are a special category (GDPR art. 9)',
  },
  {
    words: ['trade_union', 'union_membership'],
    reason: 'trade-union membership is a special category (GDPR art. 9)',
  },
];

/** The words of a column name, lower-case: `applicantGender2` → applicant gender 2. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/)
    .filter(Boolean);
}

/** Whether a multi-word term (`marital_status`) occurs as consecutive words of the name. */
export function hasWords(words: readonly string[], term: string): boolean {
  const parts = term.split('_');
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((part, j) => words[i + j] === part)) return true;
  }
  return false;
}
