import type { AssemblyContext } from './context'
import type { DocInline, Section } from './model'

/**
 * The DSI's configuration table: for each kind of data or log, one proposed value per column, so that a DSI
 * can apply it as is. Legal facts (read in ../shared/sources, paraphrased, never quoted here): since 2021 the
 * technical data that identify the source of a connection are kept one year (CPCE L34-1 II bis 3°, categories
 * in R10-13 IV), without collecting identity; other traffic and location data only under the annual injunction
 * decree in force (L34-1 III); never content nor pages visited. Security logs: R10-14 IV allows three months.
 */
interface Row {
  data: string
  keep: string
  duration: string
  where: string
  access: string
  deletion: string
  basis: string
  cites: { source: string; pinpoint?: string }[]
}

const NAMED =
  'Deux personnes nommées de la DSI, chaque consultation tracée ; communication sur réquisition de l’autorité judiciaire seulement'

const ROWS: readonly Row[] = [
  {
    data: 'Adresse IP publique attribuée, port source, date et heure de la connexion',
    keep: 'Oui',
    duration: 'Un an à compter de la connexion',
    where: 'Journal du routeur ou du pare-feu de sortie du réseau public, sur un serveur de la collectivité, chiffré',
    access: NAMED,
    deletion: 'Automatique, chaque nuit, des entrées de plus d’un an, sauvegardes comprises',
    basis: 'Obligation d’un an pour les données qui identifient la source d’une connexion',
    cites: [
      { source: 'cpce-l34-1', pinpoint: 'II bis, 3°' },
      { source: 'cpce-r10-13', pinpoint: 'IV' },
    ],
  },
  {
    data: 'Table de traduction d’adresses (NAT) : adresse interne, adresse et port publics, horodatage',
    keep: 'Oui',
    duration: 'Un an à compter de la connexion',
    where: 'Même journal que la ligne précédente, horloge synchronisée (NTP)',
    access: NAMED,
    deletion: 'Automatique, chaque nuit, au-delà d’un an',
    basis: 'Elle seule permet de relier l’adresse publique à un équipement : même obligation d’un an',
    cites: [{ source: 'cpce-l34-1', pinpoint: 'II bis, 3°' }],
  },
  {
    data: 'Baux DHCP du réseau public : adresse interne attribuée, adresse MAC, début et fin du bail',
    keep: 'Oui',
    duration: 'Un an à compter de la connexion',
    where: 'Serveur DHCP du réseau public, séparé du réseau interne des services',
    access: NAMED,
    deletion: 'Automatique, chaque nuit, au-delà d’un an',
    basis: 'Données relatives à l’équipement utilisé pour la connexion : même obligation d’un an',
    cites: [
      { source: 'cpce-l34-1', pinpoint: 'II bis, 3°' },
      { source: 'cpce-r10-13', pinpoint: 'IV' },
    ],
  },
  {
    data: 'Identité de l’usager (nom, pièce d’identité, numéro de téléphone, courriel)',
    keep: 'Non : ne pas la recueillir',
    duration: 'Sans objet',
    where: 'Nulle part : portail limité au rappel des conditions d’utilisation',
    access: 'Personne',
    deletion: 'Sans objet',
    basis:
      'La loi fait conserver l’identité fournie pour un contrat ou un compte ; elle n’oblige pas à en créer. Minimisation',
    cites: [
      { source: 'cpce-l34-1', pinpoint: 'II bis, 1° et 2°' },
      { source: 'rgpd-art-5', pinpoint: 'paragraphe 1, c)' },
    ],
  },
  {
    data: 'Historique de navigation : adresses des pages, requêtes DNS et de recherche',
    keep: 'Non',
    duration: 'Sans objet',
    where: 'Aucun journal ; filtrage DNS limité aux sites malveillants, sans trace nominative',
    access: 'Personne',
    deletion: 'Sans objet',
    basis: 'Règle d’effacement des données de communication ; minimisation',
    cites: [
      { source: 'cpce-l34-1', pinpoint: 'II, alinéa 1' },
      { source: 'rgpd-art-5', pinpoint: 'paragraphe 1, c)' },
    ],
  },
  {
    data: 'Contenu des échanges et fichiers des sessions sur les postes publics',
    keep: 'Non',
    duration: 'Sans objet',
    where: 'Postes publics remis à zéro à chaque fermeture de session',
    access: 'Personne',
    deletion: 'À la fin de chaque session',
    basis: 'Règle d’effacement des données de communication ; minimisation',
    cites: [
      { source: 'cpce-l34-1', pinpoint: 'II, alinéa 1' },
      { source: 'rgpd-art-5', pinpoint: 'paragraphe 1, c)' },
    ],
  },
  {
    data: 'Autres données de trafic et de localisation (destinataires, durée de chaque communication)',
    keep: 'Non, sauf si le décret d’injonction annuel en vigueur vise la bibliothèque',
    duration: 'Celle de l’injonction, un an au plus',
    where: 'Journal séparé, ouvert seulement pendant l’injonction',
    access: NAMED,
    deletion: 'Automatique à la fin de la durée fixée par l’injonction',
    basis: 'Conservation sur injonction du Premier ministre seulement',
    cites: [{ source: 'cpce-l34-1', pinpoint: 'III' }],
  },
  {
    data: 'Journaux de sécurité du pare-feu (alertes, tentatives d’intrusion), sans adresse de page',
    keep: 'Oui',
    duration: 'Trois mois',
    where: 'Console de sécurité de la DSI, à part des journaux de connexion',
    access: 'L’équipe sécurité de la DSI',
    deletion: 'Automatique au-delà de trois mois',
    basis: 'CPCE, art. R10-14, IV : sécurité des réseaux, trois mois au plus',
    cites: [{ source: 'rgpd-art-5', pinpoint: 'paragraphe 1, e)' }],
  },
]

const HEADER = ['Donnée ou journal', 'Conserver', 'Durée', 'Où', 'Qui y accède', 'Effacement', 'Base légale']

/** Goals whose DSI sheet speaks of logs: the table, and its one-year rule, appear for each of them. */
export const LOG_GOALS: readonly string[] = ['acces-internet', 'vie-privee']

export function configurationSection(ctx: AssemblyContext): Section | undefined {
  const goals = ctx.choices.goals
  if (goals.length > 0 && !goals.some((g) => LOG_GOALS.includes(g))) return undefined
  const text = (value: string): DocInline[] => [{ type: 'text', value }]
  const rows = ROWS.map((row) => [
    text(row.data),
    text(row.keep),
    text(row.duration),
    text(row.where),
    text(row.access),
    text(row.deletion),
    [
      { type: 'text' as const, value: row.basis },
      ...row.cites.flatMap((c): DocInline[] => {
        const n = ctx.notes.cite(c.source, c.pinpoint)
        return n === undefined ? [] : [{ type: 'noteRef', n }]
      }),
    ],
  ])
  return {
    id: 'configuration',
    kind: 'checklist',
    heading: 'Configuration proposée',
    blocks: [
      {
        type: 'paragraph',
        id: 'configuration.0',
        children: text(
          'Une valeur par ligne, à appliquer au Wi-Fi et aux postes publics. Seules les données qui identifient la source d’une connexion se conservent, un an ; rien ne relie une connexion à une identité ni aux pages consultées.',
        ),
      },
      {
        type: 'table',
        id: 'configuration.1',
        caption: 'Données et journaux du réseau public : conservation proposée',
        header: HEADER,
        rows,
      },
    ],
  }
}
