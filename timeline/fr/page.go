package fr

import "frise/timeline/lang"

// page is the words of frise's pages in French: the chronology's
// (render) and the form of frise serve.
var page = lang.Page{
	Chronology: "Chronologie", ChronologyOf: "%s : chronologie",
	Article: [2]string{"article", "articles"}, Source: [2]string{"source", "sources"},
	Event:    [2]string{"événement", "événements"},
	ToTheDay: "articles datés au jour près",
	Cluster:  [4]string{"%d événements ici", "cliquer ou zoomer pour les voir", "et %d autres", "fermer"},
	KeyHead:  "Légende :",
	Key: [8]string{"date exacte", "date déduite ou ambiguë", "sans date propre (datée par la phrase d'avant)",
		"plus grand : racontée par plusieurs sources", "durée, exacte", "durée, déduite",
		"bande pâle : tous les jours possibles (ambiguë)", "continue après, ou a commencé avant"},
	List: lang.List{Heading: "Chronologie", Search: "Rechercher", AllSources: "toutes les sources", SourceLabel: "source", CertaintyLabel: "certainty",
		AllCertainties: "toute certitude", Undated: "Sans date", Events: "événements", Shown: "affichés",
		Certainty: [3]string{"exacte", "déduite", "ambiguë"}, Dated: "daté du", DatedCoarse: "daté de", Carried: "reportée",
		Inherited: "sans date propre : datée par la dernière date citée avant elle",
		DatedBy: map[string]string{"own": "datée par sa propre expression",
			"article": "le compte rendu lui-même : daté du jour de l'article",
			"carried": "la suite de l'épisode raconté avant : date reportée",
			"undated": "le texte ne la situe pas"},
		CarriedFrom: "date de"},
	Quotes: [2]string{" « ", " »"},
	Reasons: lang.Reasons{Dated: "article daté du %s", DatedCoarse: "article daté de %s",
		Pinned:     "%s ; son jour est le %s, que donne %s (article du %s) en rapportant le même événement",
		DayNamed:   "%s : le jour que nomme le texte est pris pour celui de l'article",
		DayUnknown: "%s : le jour exact est inconnu",
		NoTime:     "%s, sans heure : compté depuis n'importe quelle heure de ce jour",
		PastNoCue:  "aucun indice de temps dans la proposition : lue au passé, comme la presse rapporte ce qui a eu lieu",
		ToCome:     "dite au présent, avec un modal, en titre ou dans un programme : lue comme à venir",
		Far:        "aucun indice de temps dans la proposition : la date la plus proche, à quelques mois, est retenue ; celle qui tombe un an plus tôt ou plus tard est presque aussi proche"},
	Notes: lang.Notes{
		Pinned:   "l'article daté de %s est lu à partir du %s, jour que donne une autre source de son histoire",
		Sep:      " ; ",
		Partial:  "Articles datés de %s : jours exacts inconnus ; les bandes pâles couvrent tous les jours possibles.",
		Relative: "Article daté de %s : jours exacts inconnus. Les jours sont comptés depuis celui où l'histoire est racontée (J0) ; J-3 est trois jours avant."},
	// The filters' labels (SourceLabel, CertaintyLabel) and NoEcharts are in
	// English on the French page too, as the page has always said them.
	NoEcharts: "The chart needs ECharts, which could not be loaded from %s (no network, or the address is blocked). Build the page without --cdn to have it work offline.",
	Form: lang.Form{
		Title:       "chronologie d'articles",
		Lead:        "Collez un ou plusieurs articles de presse, donnez leur date : frise trouve les expressions de temps, date les événements et trace leur chronologie.",
		Text:        "Articles",
		Placeholder: "Collez le texte d'un article ici, ou déposez un fichier .txt ou .jsonl",
		Hint:        "Plusieurs articles : séparez-les par une ligne « --- », ou commencez chacun par sa propre ligne « date 2022-01-05 ».",
		Date:        "Date de l'article",
		DayUnknown:  "jour inconnu (le mois seul)",
		Lang:        "Langue",
		Auto:        "détectée",
		File:        "ou un fichier",
		Draw:        "Tracer la chronologie",
		Chart:       "la chronologie",
	},
}
