import type { AudienceSlide } from '@/lib/document/deck-channel'

/**
 * One slide drawn from the deck's data with plain React: title, up to three points or one figure set large,
 * the source line. The same drawing serves the presenter (current and next) and the audience window.
 */
export function SlideView({
  slide,
  size,
  headingLevel = 2,
}: {
  slide: AudienceSlide
  size: 'large' | 'medium' | 'small'
  headingLevel?: 1 | 2 | 3 | 4
}) {
  const Heading = `h${headingLevel}` as const
  const title = { large: 'text-4xl md:text-5xl', medium: 'text-2xl md:text-3xl', small: 'text-lg' }[size]
  const body = { large: 'text-2xl md:text-3xl', medium: 'text-lg md:text-xl', small: 'text-sm' }[size]
  const figure = { large: 'text-7xl md:text-8xl', medium: 'text-5xl', small: 'text-3xl' }[size]
  return (
    <div className="border-line text-ink flex aspect-video w-full flex-col gap-4 overflow-hidden rounded-md border-2 bg-white p-[4%]">
      <Heading className={`text-brand-dark font-bold ${title}`}>{slide.title}</Heading>
      {slide.figure ? (
        <p className="flex flex-1 flex-col justify-center">
          <span className={`text-brand font-bold ${figure}`}>{slide.figure.value}</span>
          <span className={body}>{slide.figure.caption}</span>
        </p>
      ) : (
        slide.points.length > 0 && (
          <ul className={`flex flex-1 list-disc flex-col gap-2 pl-[1.2em] ${body}`}>
            {slide.points.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
        )
      )}
      {slide.source && (
        <p className={`text-muted mt-auto ${size === 'small' ? 'text-xs' : 'text-sm md:text-base'}`}>{slide.source}</p>
      )}
    </div>
  )
}
