/**
 * Writes a file a command was asked to write (--out, --json, -o). Missing
 * folders are created (src/io/write-text-file.ts); a write that still fails
 * is the user's path to fix, so it becomes a one-line usage error naming the
 * option and the file (exit 2), not a stack trace.
 */
import { writeTextFile } from '../io/write-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { CliUsageError } from './cli-usage-error.ts';

/** Node's codes in words; any other failure keeps Node's message. */
const reasons: Record<string, string> = {
  // mkdir says EEXIST when the folder to create is a file, ENOTDIR when a folder above it is.
  EEXIST: 'a folder on its path is a file',
  ENOTDIR: 'a folder on its path is a file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

export async function writeOutputFile(option: string, file: string, text: string): Promise<void> {
  try {
    await writeTextFile(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = (code && reasons[code]) ?? errorMessage(error).split('\n')[0];
    throw new CliUsageError(`cannot write ${option} ${file}: ${reason}`);
  }
}
