// Numbers written the way a person writes them in a sentence, for the messages about values.

/** Small counts in words: 3 is "three"; from ten on, the digits. */
export function countWord(n: number): string {
  return ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][n] || String(n);
}

/** A whole number with commas between groups of three digits: "1234500" is "1,234,500". */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
