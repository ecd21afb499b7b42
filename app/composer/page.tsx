import type { Metadata } from 'next'
import { preload } from 'react-dom'

import { WizardLoader } from '@/components/wizard/wizard-loader'
import { clientContentUrls } from '@/lib/share/client-content'
import { textsMetaName } from '@/lib/share/client-content-type'

export const metadata: Metadata = {
  title: 'Composer un document',
  description:
    'Répondez à quelques questions et obtenez une note, un courrier, une fiche technique ou un support, rédigé pour votre lecteur et sourcé.',
  // Where the content's texts are: the wizard's code reads it when it is evaluated, before the page hydrates.
  other: { [textsMetaName]: clientContentUrls().texts },
}

export default function ComposerPage() {
  const contentUrls = clientContentUrls()
  // Every step needs the content's outline: announced in the page's <head>, its download starts with the scripts' instead
  // of after them (one round trip less before a step shows). Low priority, like those scripts, so that it does not
  // hold back the style sheet and the fonts the first paint waits for; `crossOrigin` matches fetch()'s mode, so the
  // wizard's request reuses this download. The texts are fetched by the script, and only when a step writes a document:
  // the question steps do without them.
  preload(contentUrls.outline, { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'low' })
  return (
    <>
      <h1 className="no-print text-3xl">Composer un document</h1>
      <p className="no-print mt-2 max-w-3xl">
        Sept étapes courtes. Tout est enregistré au fur et à mesure dans votre navigateur : vous pouvez fermer la page
        et revenir.
      </p>
      <div className="mt-6">
        <WizardLoader contentUrls={contentUrls} />
      </div>
    </>
  )
}
