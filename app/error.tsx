'use client'

import { ErrorScreen } from '@/components/ui/error-screen'

/** Any page that fails shows the French error screen inside the site's frame. */
export default function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorScreen reset={reset} />
}
