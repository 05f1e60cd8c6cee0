import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import {
  detectPii,
  ibanChecksumValid,
  luhn,
  maskPii,
  piiKinds,
} from '../../../src/checks/pii-scan/pii-detectors.ts';
import { piiScan } from '../../../src/checks/pii-scan/pii-scan.ts';
import { piiScanConfig } from '../../../src/checks/pii-scan/pii-scan-config.ts';
import { piiScanOutcome } from '../../../src/checks/pii-scan/pii-scan-outcome.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { memoryWorkspace } from '../../mocks/memory-workspace.ts';

const fixture = (path: string) =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const files = {
  'data/customers.csv': fixture('pii-scan/customers.csv'),
  'data/weather.csv': fixture('profile/seattle-weather.csv'),
  'data/cars.jsonl': fixture('profile/cars.jsonl'),
  'data/accounts.jsonl':
    '{"account": 4111111111111111, "amount": 12}\n{"account": 1234567890123456, "amount": 5}\n',
};

async function run(config: Record<string, unknown>) {
  const outcome = await piiScan.run(piiScanConfig.parse(config), {
    workspace: memoryWorkspace({ files }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Extract<CheckOutcome, { kind: 'ran' }>;
}

const all = new Set(piiKinds);
const kindsIn = (text: string) => detectPii(text, all).map((m) => m.kind);

describe('PII detectors', () => {
  it('find each kind and confirm it with its check digit', () => {
    assert.deepEqual(kindsIn('mail jane.doe@example.co.uk now'), ['email']);
    assert.deepEqual(kindsIn('+44 20 7946 0958'), ['phone']);
    assert.deepEqual(kindsIn('(415) 555-2671'), ['phone']);
    assert.deepEqual(kindsIn('020 7946 0958'), ['phone']);
    assert.deepEqual(kindsIn('4111-1111-1111-1111'), ['card']);
    assert.deepEqual(kindsIn('378282246310005'), ['card']); // Amex test number
    assert.deepEqual(kindsIn('078-05-1120'), ['us_ssn']);
    assert.deepEqual(kindsIn('AB 12 34 56 C'), ['uk_nino']);
    assert.deepEqual(kindsIn('130 692 544'), ['ca_sin']);
    assert.deepEqual(kindsIn('DE89370400440532013000'), ['iban']);
  });

  it('leave numbers, dates and ids alone', () => {
    for (const text of [
      '4155552671',
      '4111111111111112',
      '1234567890123',
      '2014-02-28',
      '2023-01-01 10:00:00',
      '3.14159265358979',
      '000-12-3456',
      '666-12-3456',
      'QQ 12 34 56 C',
      'user_123456789',
      '12.345678901234',
    ]) {
      assert.deepEqual(kindsIn(text), [], text);
    }
  });

  it('a number counts only when it is not part of a longer run of digits', () => {
    // 5555 5555 5555 4444 is Mastercard's test number; here it starts a 20-digit reference.
    assert.deepEqual(kindsIn('ref 5555 5555 5555 4444 5555'), []);
    assert.deepEqual(kindsIn('ref 5555-5555-5555-4444-5555'), []);
    assert.deepEqual(kindsIn('order 12 5555 5555 5555 4444'), []);
    assert.deepEqual(kindsIn('batch 078-05-1120-7'), []);
    assert.deepEqual(kindsIn('id 9.130 692 544'), []);
    assert.deepEqual(kindsIn('tel 1 415-555-2671 99'), []);
    // The same numbers standing alone, or beside words and punctuation, still count.
    assert.deepEqual(kindsIn('5555 5555 5555 4444'), ['card']);
    assert.deepEqual(kindsIn('card: 5555 5555 5555 4444, exp. soon'), ['card']);
    assert.deepEqual(kindsIn('ssn 078-05-1120.'), ['us_ssn']);
    assert.deepEqual(kindsIn('call (415) 555-2671 x'), ['phone']);
  });

  it('check digits: Luhn and IBAN mod 97', () => {
    assert.ok(luhn('79927398713'));
    assert.ok(!luhn('79927398710'));
    assert.ok(ibanChecksumValid('GB82WEST12345698765432'));
    assert.ok(!ibanChecksumValid('GB82WEST12345698765433'));
  });

  it('masks everything but a few trailing characters', () => {
    assert.equal(maskPii({ kind: 'card', text: '4111 1111 1111 1111' }), '**** **** **** 1111');
    assert.equal(maskPii({ kind: 'us_ssn', text: '078-05-1120' }), '***-**-**20');
    assert.equal(maskPii({ kind: 'email', text: 'jane.doe@example.com' }), 'j***@***.com');
  });
});

describe('pii scan (Data 5)', () => {
  it('real weather and car data hold no personal data', async () => {
    const outcome = await run({ files: ['data/weather.csv', 'data/cars.jsonl'] });
    assert.deepEqual(outcome.findings, []);
    assert.equal(outcome.figures[0]!.value, 1461 * 6 + 406 * 9 - 8 - 6);
  });

  it('fails each column that holds a kind it is not declared to hold; never prints the data', async () => {
    const outcome = await run({
      files: ['data/customers.csv'],
      allowed: { contact_email: ['email'], phone: ['phone'] },
    });
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      [
        'column:notes:email',
        'column:notes:phone',
        'column:notes:iban',
        'column:payment:card',
        'column:tax_id:us_ssn',
        'column:tax_id:uk_nino',
      ],
    );
    const card = outcome.findings.find((f) => f.id === 'column:payment:card')!;
    assert.match(
      card.message,
      /2 cell\(s\) with a payment card number \(passes Luhn\) \(e\.g\. \*\*\*\* \*\*\*\* \*\*\*\* 1111 at data\/customers\.csv row 1\)/,
    );
    assert.deepEqual(card.location, {
      path: 'data/customers.csv',
      column: 'payment',
      line: 2,
      row: 1,
    });
    assert.deepEqual(card.measure, {
      figure: 'cells with a payment card number (passes Luhn)',
      value: 2,
      bound: { comparator: '<', limit: 1 },
    });
    assert.equal(
      card.fix,
      'Remove or pseudonymise the card values in column "payment", or declare them with checks.pii_scan.allowed.payment: [card].',
    );
    assert.deepEqual(outcome.figures[1]!.bound, { comparator: '==', limit: 0 });
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.ok(table.rows.some((r) => r[0] === 'contact_email' && r[5] === 'allowed' && r[2] === 3));
    const everything = JSON.stringify(outcome);
    for (const secret of [
      'jane.doe',
      '4111 1111 1111 1111',
      '078-05-1120',
      '7946 0958',
      'WEST 1234',
      'AB123456C',
    ]) {
      assert.ok(!everything.includes(secret), `the report must not contain ${secret}`);
    }
  });

  it('card numbers written as JSON numbers are found in number columns', async () => {
    const outcome = await run({ files: ['data/accounts.jsonl'] });
    assert.deepEqual(
      outcome.findings.map((f) => f.id),
      ['column:account:card'],
    );
    assert.match(
      outcome.findings[0]!.message,
      /1 cell\(s\).*\*{12}1111 at data\/accounts\.jsonl row 1/,
    );
  });

  it('min_cells, kinds and ignore_columns narrow the scan', async () => {
    const outcome = await run({
      files: ['data/customers.csv'],
      kinds: ['email'],
      ignore_columns: ['notes'],
      min_cells: 4,
    });
    assert.deepEqual(outcome.findings, []);
    const table = outcome.details[0]!;
    assert.ok(table.type === 'table');
    assert.deepEqual(
      table.rows.map((r) => [r[0], r[1], r[2], r[5]]),
      [['contact_email', 'email', 3, 'below min_cells 4']],
    );
  });

  it('an allowed column that no file has is a config error', async () => {
    await assert.rejects(
      run({ files: ['data/customers.csv'], allowed: { e_mail: ['email'] } }),
      /checks\.pii_scan\.allowed\.e_mail: no scanned file has a column "e_mail"/,
    );
    assert.throws(
      () => piiScanConfig.parse({ files: ['a.csv'], kinds: ['passport'] }),
      /one of email, phone/,
    );
  });
});

describe('pii_scan findings', () => {
  it('a hit without a kept example names its file and no undefined example', () => {
    const hit = {
      column: 'contact',
      kind: 'email' as const,
      cells: 3,
      files: new Set(['data/users.csv']),
      examples: [],
    };
    const outcome = piiScanOutcome(piiScanConfig.parse({ files: ['data/users.csv'] }), {
      hits: new Map([['contact\0email', hit]]),
      cellsScanned: 30,
      columnsSeen: new Set(['contact']),
    });
    assert.equal(outcome.kind, 'ran');
    if (outcome.kind !== 'ran') return;
    const [finding] = outcome.findings;
    assert.doesNotMatch(finding?.message ?? '', /undefined/);
    assert.match(
      finding?.message ?? '',
      /^column "contact" holds 3 cell\(s\) with a e-mail address, and/,
    );
    assert.deepEqual(finding?.location, { path: 'data/users.csv', column: 'contact' });
  });
});
