/** `waivers:` list items (as YAML lines) waiving each finding of one check until 2099. */
export function waiverItems(check: string, findings: readonly string[], reason: string): string {
  return findings
    .map((finding) =>
      [
        `  - check: ${check}`,
        `    finding: "${finding}"`,
        `    reason: "${reason}"`,
        '    owner: "@penguin-ml"',
        '    expires: "2099-12-31"',
        '',
      ].join('\n'),
    )
    .join('');
}
