import Link from 'next/link'

const links = [
  { href: '/composer/', label: 'Composer' },
  { href: '/modeles/', label: 'Modèles' },
  { href: '/textes/', label: 'Textes' },
  { href: '/arguments/', label: 'Arguments' },
  { href: '/glossaire/', label: 'Glossaire' },
  { href: '/a-propos/', label: 'À propos' },
]

/*
 * Links are not prefetched, here and in the lists: in a static export, prefetching fetched
 * the HTML, the payloads and the scripts (the composer's included) of every linked page on
 * every visit — up to 170 requests on /arguments/. The pages are small; fetched on click.
 */
export function SiteHeader() {
  return (
    <header role="banner" className="border-line border-b bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link prefetch={false} href="/" className="text-ink flex items-center gap-2 text-lg font-bold no-underline">
          <svg aria-hidden="true" viewBox="0 0 64 64" className="h-7 w-7">
            <rect width="64" height="64" rx="12" fill="#0b5566" />
            <path d="M18 14h16a14 14 0 0 1 0 28h-8v10h-8z" fill="#fbfaf7" />
            <path d="M26 22h7a6 6 0 0 1 0 12h-7z" fill="#0b5566" />
          </svg>
          Plaidoyer
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link prefetch={false} href={link.href} className="font-semibold">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
