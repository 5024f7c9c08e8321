package guide

import "errors"

// Build turns answers into a personal plan. (Stub: being written.)
func Build(a Answers, o Options) (Plan, error) {
	if o.Today.IsZero() {
		return Plan{}, errors.New("guide: Options.Today is required")
	}
	return Plan{Nation: a.Nation}, nil
}
