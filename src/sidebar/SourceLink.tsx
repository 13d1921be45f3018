/** A link to a source, showing its host name so readers see where it leads before clicking. */
export function SourceLink({ href, label }: { href: string; label?: string }) {
  let host = href;
  try {
    host = new URL(href).hostname.replace(/^www\./, '');
  } catch {
    // Sources are validated as https URLs at build time; show the raw text otherwise.
  }
  return (
    <a class="source" href={href} target="_blank" rel="noopener noreferrer" data-testid="source-link">
      {label ? `${label}: ` : ''}
      {host}
    </a>
  );
}
