package timeline

// ContentWords returns the words MergeWith compares to tell two reports of
// one event: those of the clause that say what happened (lower case, three
// letters or more or a number, none of stop, none of the time phrase's),
// each once, sorted; stop is MergeOptions.StopWords. A pipeline that merges
// on many machines keys reports by them, so that reports MergeWith could
// join meet on one key.
func ContentWords(clause, phrase string, stop map[string]bool) []string {
	return contentWords(clause, phrase, stop)
}
