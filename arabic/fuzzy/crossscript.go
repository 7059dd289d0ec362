package fuzzy

func (m *Matcher) addLatin(pq *query, q string) {}

func (m *Matcher) crossScriptHits(w Word, wf *wordForms, seen map[int32]bool) {}
