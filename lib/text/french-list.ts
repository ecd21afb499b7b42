/** Items joined as French prose: « a », « a et b », « a, b et c » (no serial comma). */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`
}

/** A label set in running text: its first letter in lower case, unless the word is an acronym (« DSI »). */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label
  return second && second === second.toLocaleUpperCase('fr') && second !== second.toLocaleLowerCase('fr')
    ? label
    : first.toLocaleLowerCase('fr') + label.slice(first.length)
}
