/**
 * The `protected_attributes` preset of feature_policy: column names that
 * denote attributes anti-discrimination law protects (US: Civil Rights Act
 * Title VII, ECOA/Regulation B, ADEA, ADA, FHA, GINA, Pregnancy
 * Discrimination Act; EU: Charter art. 21, GDPR art. 9 special categories).
 *
 * Each category lists its terms: words, and phrases written with `_` between
 * their words. A term matches whole words of the column name
 * (column-name-words.ts), so `age` matches `applicant_age`, `AgeGroup` and
 * `AGEGROUP`, but not `page_views`, `average` or `usage`. The lists hold the
 * forms real feature sets use: nouns (`race`), adjectives (`racial_group`),
 * one-hot columns (`female`, `is_married`, `Sex_male`), and codes of public
 * data sets (`dob`, `DAYS_BIRTH`, `NAME_FAMILY_STATUS`). Words too ambiguous to
 * match alone (`party`, `origin`, `skin`, `colour`, `black`, `trans`,
 * `foreign`, `birth`, `orientation`) are matched only in the phrases listed.
 * docs/feature-policy.md shows the same lists.
 */

export const protectedCategoryIds = [
  'sex_gender',
  'race_ethnicity',
  'religion',
  'national_origin',
  'age',
  'disability',
  'marital_status',
  'pregnancy',
  'sexual_orientation',
  'genetic',
  'political_opinion',
  'trade_union',
] as const;
export type ProtectedCategoryId = (typeof protectedCategoryIds)[number];

export interface ProtectedCategory {
  id: ProtectedCategoryId;
  reason: string;
  terms: readonly string[];
}

export const protectedCategories: readonly ProtectedCategory[] = [
  {
    id: 'sex_gender',
    reason: 'sex/gender is a protected attribute (Title VII, ECOA, EU Charter art. 21)',
    terms: [
      'sex',
      'sexes',
      'gender',
      'genders',
      'female',
      'females',
      'male',
      'males',
      'woman',
      'women',
      'transgender',
      'intersex',
      'nonbinary',
      'non_binary',
    ],
  },
  {
    id: 'race_ethnicity',
    reason: 'race, colour and ethnic origin are protected attributes (Title VII, GDPR art. 9)',
    terms: [
      'race',
      'races',
      'racial',
      'ethnicity',
      'ethnicities',
      'ethnic',
      'ancestry',
      'caste',
      'skin_color',
      'skin_colour',
      'skin_tone',
      'fitzpatrick',
      'nonwhite',
      'non_white',
      'hispanic',
      'latino',
      'latina',
      'latinx',
      'caucasian',
      'african_american',
    ],
  },
  {
    id: 'religion',
    reason: 'religion is a protected attribute (Title VII, GDPR art. 9)',
    terms: [
      'religion',
      'religions',
      'religious',
      'religiosity',
      'faith',
      'creed',
      'atheist',
      'buddhist',
      'catholic',
      'christian',
      'hindu',
      'jewish',
      'muslim',
      'protestant',
      'sikh',
    ],
  },
  {
    id: 'national_origin',
    reason: 'national origin is a protected attribute (Title VII, ECOA)',
    terms: [
      'national_origin',
      'nationality',
      'nationalities',
      'citizenship',
      'citizen',
      'citizens',
      'noncitizen',
      'immigrant',
      'immigrants',
      'immigration',
      'birth_country',
      'country_of_birth',
      'country_birth',
      'birthplace',
      'birth_place',
      'place_of_birth',
      'native_country',
      'foreign_worker',
      'foreign_born',
      'foreign_national',
    ],
  },
  {
    id: 'age',
    reason: 'age is a protected attribute (ADEA, ECOA)',
    terms: [
      'age',
      'ages',
      'date_of_birth',
      'dob',
      'birth_date',
      'birth_dt',
      'birth_year',
      'year_of_birth',
      'yob',
      'birthday',
      'birth_day',
      'days_birth',
      'senior_citizen',
      'elderly',
    ],
  },
  {
    id: 'disability',
    reason: 'disability is a protected attribute (ADA, EU Charter art. 21)',
    terms: ['disability', 'disabilities', 'disabled', 'handicap', 'handicapped', 'special_needs'],
  },
  {
    id: 'marital_status',
    reason: 'marital status is a protected attribute (ECOA)',
    terms: [
      'marital',
      'married',
      'unmarried',
      'marriage',
      'marry',
      'divorced',
      'widowed',
      'family_status',
      'civil_status',
    ],
  },
  {
    id: 'pregnancy',
    reason: 'pregnancy is a protected attribute (Pregnancy Discrimination Act)',
    terms: ['pregnancy', 'pregnancies', 'pregnant', 'maternity'],
  },
  {
    id: 'sexual_orientation',
    reason: 'sexual orientation is a protected attribute (GDPR art. 9, EU Charter art. 21)',
    terms: [
      'sexual',
      'sexual_orientation',
      'sexuality',
      'homosexual',
      'heterosexual',
      'bisexual',
      'gay',
      'lesbian',
      'lgbt',
      'lgbtq',
    ],
  },
  {
    id: 'genetic',
    reason: 'genetic information is protected (GINA, GDPR art. 9)',
    terms: [
      'genetic',
      'genetics',
      'gene',
      'genes',
      'genome',
      'genomic',
      'genomics',
      'genotype',
      'genotypes',
      'dna',
      'hereditary',
    ],
  },
  {
    id: 'political_opinion',
    reason: 'political opinions are a special category (GDPR art. 9)',
    terms: [
      'political',
      'political_party',
      'politics',
      'partisan',
      'partisanship',
      'party_affiliation',
      'party_membership',
    ],
  },
  {
    id: 'trade_union',
    reason: 'trade-union membership is a special category (GDPR art. 9)',
    terms: [
      'union',
      'unions',
      'union_member',
      'union_membership',
      'unionized',
      'unionised',
      'trade_union',
      'labor_union',
      'labour_union',
    ],
  },
];

/**
 * Phrases that contain a term but name something else: the age of a thing,
 * a genetic algorithm, a credit union. A phrase wins over the shorter terms
 * inside it (`HouseAge`, `OWN_CAR_AGE`, `genetic_algo_seed` are not flagged).
 */
export const unprotectedPhrases: readonly string[] = [
  ...[
    'account',
    'asset',
    'building',
    'car',
    'equipment',
    'home',
    'house',
    'loan',
    'machine',
    'policy',
    'product',
    'property',
    'roof',
    'tree',
    'vehicle',
    'credit_history',
  ].map((thing) => `${thing}_age`),
  ...['account', 'building', 'car', 'home', 'house', 'housing', 'property', 'vehicle'].map(
    (thing) => `age_of_${thing}`,
  ),
  'genetic_algorithm',
  'genetic_algorithms',
  'genetic_algo',
  'genetic_programming',
  'credit_union',
  'european_union',
  'soviet_union',
  'union_pay',
  'race_condition',
];

/**
 * Words that may be glued to a term without a case change or separator, in
 * all-lower or all-caps names: before it (`isfemale`, `EVERMARRIED`) and after
 * it (`AGEGROUP`, `racecode`, `maritalstatus`). Chosen so that no common
 * English word is such a compound (`usage`, `bandage`, `trace`, `agent` are not).
 */
export const gluedPrefixes: readonly string[] = [
  'is',
  'has',
  'ever',
  'non',
  'applicant',
  'client',
  'customer',
  'patient',
  'person',
  'user',
  'employee',
];

export const gluedSuffixes: readonly string[] = [
  'group',
  'grp',
  'band',
  'bucket',
  'bin',
  'cat',
  'category',
  'class',
  'code',
  'cd',
  'id',
  'flag',
  'ind',
  'status',
  'type',
  'range',
  'level',
  'desc',
  'txt',
  'years',
  'yrs',
  'yr',
];
