/**
 * Where a recorded production model lives, when it is not in git: a URL
 * (`s3://…`, `gs://…`, `https://…`, MLflow `models:/name/3`, `hf://…`) or an
 * OCI registry reference, whose `@sha256:` digest records its hash.
 */
const uri = /^[A-Za-z][A-Za-z0-9+.-]*:\/?\/?[^\s]+$/;
const ociReference =
  /^[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._/-]+(?::[A-Za-z0-9._-]+)?@sha256:([0-9a-f]{64})$/;

export type ReferenceCheck = { valid: true; digest?: string } | { valid: false; problem: string };

export function checkReference(reference: string): ReferenceCheck {
  const oci = ociReference.exec(reference);
  if (oci) return { valid: true, digest: oci[1]! };
  if (uri.test(reference)) {
    if (/^file:/i.test(reference)) {
      return {
        valid: false,
        problem: `${reference} is a local file; a rollback target must be reachable from the serving system`,
      };
    }
    return { valid: true };
  }
  return {
    valid: false,
    problem: `"${reference}" is neither a URL (s3://, gs://, https://, models:/…) nor a registry reference pinned by digest (registry/name@sha256:…)`,
  };
}
