package browsertest

import (
	"slices"
	"testing"

	"putitright/app/flow"
	"putitright/app/guide"
	"putitright/app/ui"
)

// TestPaths: the addresses the tests open are the app's own pages.
func TestPaths(t *testing.T) {
	pages := ui.Pages()
	for _, q := range flow.Questions() {
		if !slices.Contains(pages, QuestionPath(q.ID)) {
			t.Errorf("QuestionPath(%s) = %s is not one of the app's pages", q.ID, QuestionPath(q.ID))
		}
	}
	if QuestionPath(flow.QUrgent) != ui.PathUrgent {
		t.Errorf("QuestionPath(%s) = %s, the app's page is %s", flow.QUrgent, QuestionPath(flow.QUrgent), ui.PathUrgent)
	}
	for _, id := range guide.AllLetters() {
		if !slices.Contains(pages, LetterPath(id)) {
			t.Errorf("LetterPath(%s) = %s is not one of the app's pages", id, LetterPath(id))
		}
	}
}
