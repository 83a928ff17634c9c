package fr

import (
	"frise/timeline/expr"
	"frise/timeline/rule"
)

// Name reads the name of an event, a movement or a group that holds a
// feast or a date ("le rallye de la Toussaint", "la foire de la
// Saint-Martin", "le mouvement du 20 février", "le collectif du 5 mai",
// "le maquis de la Toussaint", "le réseau du 11 novembre", the springs
// that name a movement or a festival: "le printemps arabe", "le printemps
// de Prague", "le Printemps de Bourges")
// to say it is no time of the story: the feast or the date names the
// thing, as "rue du 4 Septembre" names a street (Address). Left out: "la
// loi du 9 décembre 1905", "le sommet du 12 mars", whose date is the day
// of the thing and which TimeML tags.
func Name() *rule.Rule {
	return rule.New("fr.name",
		`(?:rallye|course|cross|corrida|tournoi|trophée|trophee|challenge|critérium|criterium|foire|salon|gala|concours|grand`+sp+`prix|bal|kermesse|brocante|vide-greniers?|`+groups+`)`+sp+
			`(?:de`+sp+`la|de`+sp+`l`+apos+`|du|de)`+sp+`?(?:toussaint|pentecôte|pentecote|ascension|assomption|saint-[\p{L}-]+|nouvel`+sp+`an)`+
			`|printemps`+sp+`(?:arabes?|de`+sp+`prague|de`+sp+`bourges)`+
			`|(?:`+groups+`)`+sp+`du`+sp+
			`(?:1er|\d{1,2})`+sp+`(?:`+month+`)`,
		func([]string) (expr.Expr, bool) { return expr.Expr{}, false }).
		On("rallye", "course", "cross", "corrida", "tournoi", "trophée", "trophee", "challenge", "critérium", "criterium", "foire", "salon",
			"gala", "concours", "prix", "bal", "kermesse", "brocante", "vide-grenier", "vide-greniers",
			"mouvement", "collectif", "manifeste", "appel", "coalition", "alliance", "génération", "generation", "printemps", "groupe",
			"comité", "comite", "association", "maquis", "réseau", "reseau", "brigade", "bataillon", "promotion", "amicale")
}

// groups are the nouns of a group or a movement named after a date or a
// feast ("le maquis de la Toussaint", "le mouvement du 20 février").
const groups = `mouvement|collectif|manifeste|appel|coalition|alliance|génération|generation|printemps|groupe|comité|comite|association|maquis|réseau|reseau|brigade|bataillon|promotion|amicale`
