/** The weekly review: every dated step and log entry of a range, by day and plan (pure). */
export { activityOf, headline, planActivity, type PlanActivity, type ReviewItem, type ReviewKind } from './activity';
export { buildReview, type QuietPlan, type Review, type ReviewCounts, type ReviewDay, type ReviewPlanDay } from './build';
export { burnup, VELOCITY_WEEKS, type Burnup } from './burnup';
export { dayKey, dayStart, daysOf, lastDays, reviewRange, type RangeInput, type RangeResult, type ReviewRange } from './range';
export { percentOf, planSpan, timelineWindow, type PlanSpan, type TimelineWindow, type TimelineZoom } from './timeline';
