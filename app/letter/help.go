package letter

import (
	"time"

	"putitright/app/content"
	"putitright/app/guide"
)

// Checklist returns short writing tips for letter id, in the words of c:
// the list "tips.general" (its entries say which letters they are for),
// then "tips.<id>", each entry whose condition holds for the answers (the
// rules vocabulary and letter:<id>). An entry may use the values of
// letters, such as {paid by}.
func Checklist(c *content.Set, id guide.LetterID, a guide.Answers) []string {
	bk, err := loadBook()
	if err != nil {
		return nil
	}
	r := newRenderer(c, bk, id, a, Details{}, time.Time{})
	return append(r.list("tips.general"), r.list("tips."+string(id))...)
}
