import type { Metadata } from 'next'

import { PageSection } from '@/components/content/page-section'
import { GalleryImportLazy } from '@/components/share/gallery-import-lazy'
import { TemplateCard } from '@/components/share/template-summary'
import { templateIndex } from '@/lib/content/client-index'
import { loadContent } from '@/lib/content/load'
import { loadTemplatesOnce } from '@/lib/share/load-templates'

export const metadata: Metadata = {
  title: 'Modèles',
  description:
    'Des documents prêts à adapter, publiés par des associations et des réseaux de bibliothèques : Wi-Fi sans identification, charte de l’ABF, logiciels libres, médiation numérique, vie privée, accessibilité.',
}

export default function TemplatesPage() {
  const index = loadContent()
  const templates = loadTemplatesOnce(index)
  return (
    <>
      <h1 className="text-3xl">Modèles</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Un modèle prépare un document pour une situation courante : les objectifs, les arguments dans un ordre qui
        porte, le format et le destinataire. Vous l’ouvrez dans un nouveau brouillon, vous ajoutez votre contexte local,
        et vous l’adaptez à votre lecteur.
      </p>

      <PageSection id="galerie" title={`Les ${templates.length} modèles`}>
        <ul className="grid gap-6 lg:grid-cols-2">
          {templates.map((template) => (
            <TemplateCard key={template.id} template={template} index={index} />
          ))}
        </ul>
      </PageSection>

      <PageSection id="importer" title="Importer un modèle">
        <p className="max-w-3xl">
          Une association ou un collègue vous a envoyé un fichier de modèle ? Ouvrez-le ici. Un modèle ne contient que
          des données (des choix et du texte) : il n’est jamais exécuté, et un fichier qui contiendrait du code est
          refusé.
        </p>
        <div className="mt-4 max-w-3xl">
          <GalleryImportLazy index={templateIndex(index)} />
        </div>
      </PageSection>

      <PageSection id="publier" title="Publier un modèle">
        <p className="max-w-3xl">
          Composez le document comme pour vous-même, puis, à l’étape « Relecture », choisissez « Créer un modèle depuis
          ce brouillon ». Le fichier obtenu peut être diffusé à vos adhérents par courriel ou sur votre site ; les noms
          et les chiffres locaux en sont retirés, sauf si vous demandez à les garder.
        </p>
      </PageSection>
    </>
  )
}
