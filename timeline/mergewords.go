package timeline

// ContentWords returns the words MergeWith compares to tell two reports of
// one event: those of the clause that say what happened (lower case, three
// letters or more or a number, no stop word, none of the time phrase's),
// each once, sorted. A pipeline that merges on many machines keys reports
// by them, so that reports MergeWith could join meet on one key.
func ContentWords(clause, phrase string) []string { return contentWords(clause, phrase) }
