import { classifyHeading } from '../../../src/core/sections';

describe('classifyHeading', () => {
  test.each([
    ['Purpose / Big Picture', 'purpose'],
    ['Goal', 'purpose'],
    ['Context and Orientation', 'context'],
    ['Plan of Work', 'plan-of-work'],
    ['Concrete Steps', 'concrete-steps'],
    ['Progress', 'progress'],
    ['progress', 'progress'],
    ['Progress (WBS)', 'progress'],
    ['Progress (Running Log)', 'progress'],
    ['2. Progress', 'progress'],
    ['**Progress**', 'progress'],
    ['Decision Log', 'decisions'],
    ['Decision log', 'decisions'],
    ['decisions', 'decisions'],
    ['Surprises & Discoveries', 'surprises'],
    ['Surprises & discoveries', 'surprises'],
    ['Outcomes & Retrospective', 'retrospective'],
    ['Outcomes & Retrospective (fill when done)', 'retrospective'],
    ['Retrospective', 'retrospective'],
    ['Handoff', 'handoff'],
    ['Handoff (update at every stop)', 'handoff'],
    ['Next Steps / Handoff Notes', 'handoff'],
    ['Validation and Acceptance', 'validation'],
    ['Risks', 'risks'],
    ['Idempotence and Recovery', 'other'],
    ['Wrong assumptions', 'other'],
    ['Questions', 'other'],
    ['Offline sync for the reading list', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});
