/** `leaklens` command line: analyze, eval, kb. Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  console.error(`leaklens: not implemented yet: ${argv.join(' ')}`);
  return 2;
}
