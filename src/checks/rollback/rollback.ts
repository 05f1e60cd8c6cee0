/**
 * Infra 7 — serving models can be rolled back. The previous production model
 * (the one at the base revision) must still be retrievable — a file or
 * directory in git there, or a URL or registry reference — and its hash must
 * be recorded (git's own content address, a Git LFS pointer's oid, or a
 * sha256 in the manifest or config). The report names the rollback target.
 */
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { baseRevision, noBaseReason } from '../../infra/base-revision.ts';
import { lfsPointerMaxBytes, parseLfsPointer } from '../../infra/git-lfs-pointer.ts';
import type { Figure, Finding } from '../../model/check.ts';
import { errorMessage } from '../../model/error-message.ts';
import type { FileDigest } from '../../workspace/infra-operations.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { rollbackConfig } from './rollback-config.ts';
import { checkReference } from './rollback-target.ts';

const key = 'checks.rollback';

interface Target {
  /** What to roll back to, for people. */
  name: string;
  /** The recorded hash: a SHA-256, or git's tree id for a directory. */
  sha256?: string;
  hashName?: 'sha256' | 'git tree';
  notes: string[];
  findings: Finding[];
}

export const rollback: CheckDefinition<typeof rollbackConfig> = {
  id: 'rollback',
  title: 'Serving models can be rolled back',
  rubric: ['infra-7'],
  config: rollbackConfig,
  async run(config, { workspace, event }) {
    let target: Target;
    if ('reference' in config) {
      target = fromReference(config.reference, 'the config');
    } else {
      const base = baseRevision(config.base_revision, event);
      if (!base) return { kind: 'skipped', reason: noBaseReason('rollback') };
      target =
        'artifact' in config
          ? await fromArtifact(workspace, base, config.artifact, `${key}.artifact`)
          : await fromManifest(workspace, base, config.manifest);
    }
    const figures: Figure[] = [
      { name: 'rollback target', value: target.name },
      {
        name: 'hash recorded',
        value: target.sha256 !== undefined,
        threshold: 'yes',
        bound: { comparator: '==', limit: true },
      },
    ];
    const failed = target.findings.some((finding) => finding.severity === 'fail');
    return {
      kind: 'ran',
      summary: failed
        ? `rollback is not assured: ${target.findings.map((f) => f.message).join('; ')}`
        : `rollback target: ${target.name}${target.sha256 ? ` (${target.hashName ?? 'sha256'} ${target.sha256.slice(0, 12)}…)` : ''}`,
      figures,
      findings: target.findings,
      details:
        target.notes.length > 0
          ? [{ type: 'list', title: 'Rollback target', items: target.notes }]
          : [],
    };
  },
};

async function fromArtifact(
  workspace: Workspace,
  base: string,
  path: string,
  configKey: string,
): Promise<Target> {
  const short = base.slice(0, 12);
  const digest = await workspace.hashFileAtRevision(base, path, configKey);
  if (digest === null) {
    return {
      name: `${path} at ${short}`,
      notes: [],
      findings: [
        {
          id: 'artifact:missing',
          severity: 'fail',
          message: `${path} does not exist at the base revision ${short}: there is no previous production model to roll back to`,
          location: { path },
          fix: `Point ${configKey === `${key}.artifact` ? `\`${configKey}\`` : "the manifest's `path`"} at the model production serves, or record production in \`${key}.manifest\` or \`${key}.reference\`.`,
        },
      ],
    };
  }
  if (digest.kind === 'directory') {
    return {
      name: `${path} at ${short}`,
      sha256: digest.gitObject,
      hashName: 'git tree',
      notes: [
        `${path} at ${short} is a directory; git records it as tree ${digest.gitObject}, restorable with \`git checkout ${short} -- ${path}\`.`,
      ],
      findings: [],
    };
  }
  const stored = await storedFile(workspace, { base, short, path, configKey }, digest);
  const current = await workspace.hashFile(path, configKey).catch(() => null);
  const currentSha = current?.kind === 'file' ? current.sha256 : undefined;
  const change =
    current === null
      ? `This change removes ${path}.`
      : currentSha === digest.sha256
        ? 'This change leaves the model as it is.'
        : `This change replaces it (now sha256 ${currentSha?.slice(0, 12)}…).`;
  return {
    name: `${path} at ${short}`,
    sha256: stored.sha256,
    hashName: 'sha256',
    notes: [stored.note, change],
    findings: [],
  };
}

/** The file's hash as production's model, and how to restore it: a Git LFS pointer names its object's. */
async function storedFile(
  workspace: Workspace,
  where: { base: string; short: string; path: string; configKey: string },
  digest: Extract<FileDigest, { kind: 'file' }>,
): Promise<{ sha256: string; note: string }> {
  const { base, short, path, configKey } = where;
  const pointer =
    digest.bytes < lfsPointerMaxBytes
      ? parseLfsPointer((await workspace.readTextAtRevision(base, path, configKey)) ?? '')
      : undefined;
  if (pointer) {
    return {
      sha256: pointer.sha256,
      note: `${path} at ${short} is a Git LFS pointer to a ${pointer.size}-byte object, sha256 ${pointer.sha256}; rolling back needs that object in LFS storage (git lfs fetch).`,
    };
  }
  return {
    sha256: digest.sha256,
    note: `${path} at ${short}: ${digest.bytes} bytes, sha256 ${digest.sha256}; restore with \`git checkout ${short} -- ${path}\`.`,
  };
}

/** What a manifest may hold; anything else in it is ignored. */
const manifestFields = z.looseObject({
  path: z.string().optional(),
  uri: z.string().optional(),
  sha256: z.union([z.string(), z.number()]).optional(),
  version: z.union([z.string(), z.number()]).optional(),
});
type ManifestFields = z.infer<typeof manifestFields>;

async function fromManifest(workspace: Workspace, base: string, manifest: string): Promise<Target> {
  const short = base.slice(0, 12);
  const text = await workspace.readTextAtRevision(base, manifest, `${key}.manifest`);
  const fail = (id: string, message: string, fix: string): Target => ({
    name: `${manifest} at ${short}`,
    notes: [],
    findings: [{ id, severity: 'fail', message, location: { path: manifest }, fix }],
  });
  if (text === null) {
    return fail(
      'manifest:missing',
      `${manifest} does not exist at the base revision ${short}: production is not recorded there`,
      `Commit ${manifest} to the base branch with production's model \`path\` or \`uri\` and its \`sha256\`, or correct \`${key}.manifest\`.`,
    );
  }
  let fields: ManifestFields;
  try {
    fields = manifestFields.parse(parseYaml(text) ?? {});
  } catch (error) {
    return fail(
      'manifest:invalid',
      `${manifest} at ${short} is not a YAML or JSON mapping of path or uri, sha256 and version (${errorMessage(error).split('\n')[0]})`,
      `Fix ${manifest}: a mapping with \`path\` or \`uri\`, \`sha256\` and optionally \`version\`.`,
    );
  }
  if (typeof fields.sha256 === 'number') {
    return fail(
      'manifest:hash-not-text',
      `the sha256 in ${manifest} at ${short} was read as a number; write it in quotes, e.g. sha256: "…"`,
      `Quote the sha256 in ${manifest}, e.g. sha256: "…".`,
    );
  }
  const sha = fields.sha256?.trim().toLowerCase();
  const version = fields.version === undefined ? undefined : String(fields.version);
  if (fields.path !== undefined) {
    return fromManifestPath(workspace, { base, short, manifest }, fields.path, sha, version);
  }
  if (fields.uri !== undefined) {
    return fromReference(
      { uri: fields.uri, ...(sha ? { sha256: sha } : {}), ...(version ? { version } : {}) },
      `${manifest} at ${short}`,
    );
  }
  return fail(
    'manifest:target',
    `${manifest} at ${short} names no model: give \`path\` (a file in git) or \`uri\`, and \`sha256\``,
    `Give ${manifest} a \`path\` (a file in git) or a \`uri\`, and the model's \`sha256\`.`,
  );
}

/** A manifest that names a file in git: the file at the base revision must hash to the recorded sha256. */
async function fromManifestPath(
  workspace: Workspace,
  where: { base: string; short: string; manifest: string },
  path: string,
  sha: string | undefined,
  version: string | undefined,
): Promise<Target> {
  const { base, short, manifest } = where;
  const artifact = await fromArtifact(workspace, base, path, `${key}.manifest (path)`);
  if (artifact.findings.length > 0) return artifact;
  if (!sha || !/^[0-9a-f]{64}$/.test(sha)) {
    return { ...artifact, findings: [hashMissing(manifest, short)] };
  }
  if (artifact.sha256 === sha) {
    return { ...artifact, name: `${artifact.name}${version ? ` (version ${version})` : ''}` };
  }
  const mismatch: Finding = {
    id: 'manifest:hash-mismatch',
    severity: 'fail',
    message: `${manifest} records sha256 ${sha.slice(0, 12)}… but ${path} at ${short} hashes to ${artifact.sha256?.slice(0, 12)}…: the recorded model is not the one in git`,
    location: { path: manifest },
    measure: {
      figure: `sha256 of ${path}`,
      value: artifact.sha256 ?? null,
      bound: { comparator: '==', limit: sha },
    },
    fix: `Record the sha256 of ${path} in ${manifest} whenever the model changes.`,
  };
  return { ...artifact, findings: [mismatch] };
}

function fromReference(
  reference: { uri: string; sha256?: string; version?: string },
  where: string,
): Target {
  const checked = checkReference(reference.uri);
  const name = `${reference.uri}${reference.version ? ` (version ${reference.version})` : ''}`;
  if (!checked.valid) {
    return {
      name,
      notes: [],
      findings: [
        {
          id: 'reference:invalid',
          severity: 'fail',
          message: checked.problem,
          fix: `Correct the model reference ${reference.uri} in ${where}.`,
        },
      ],
    };
  }
  const sha256 = reference.sha256 ?? checked.digest;
  if (reference.sha256 && checked.digest && reference.sha256 !== checked.digest) {
    return {
      name,
      notes: [],
      findings: [
        {
          id: 'reference:hash-mismatch',
          severity: 'fail',
          message: `the sha256 recorded in ${where} differs from the digest pinned in ${reference.uri}`,
          measure: {
            figure: 'recorded sha256',
            value: reference.sha256,
            bound: { comparator: '==', limit: checked.digest },
          },
          fix: `Record the digest ${reference.uri} pins as the sha256 in ${where}, or pin the recorded one in the reference.`,
        },
      ],
    };
  }
  return {
    name,
    ...(sha256 ? { sha256 } : {}),
    notes: [
      `Recorded in ${where}: ${reference.uri}${sha256 ? `, sha256 ${sha256}` : ''}. mlgate does not fetch it; that it is still stored is the registry's guarantee.`,
    ],
    findings: sha256 ? [] : [hashMissing(where, '')],
  };
}

function hashMissing(where: string, revision: string): Finding {
  return {
    id: 'hash:missing',
    severity: 'fail',
    message: `no sha256 is recorded for the production model in ${where}${revision ? ` at ${revision}` : ''}; record it, so that a rollback restores exactly that model`,
    measure: { figure: 'hash recorded', value: false, bound: { comparator: '==', limit: true } },
    fix: `Record the production model's sha256 in ${where}.`,
  };
}
