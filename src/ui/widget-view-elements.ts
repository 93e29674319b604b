import { CkAlert } from './alert.js';
import { CkErrorSummary } from './error-summary.js';

/**
 * The kit's elements the shared widget views render (alerts, the error summary), for a form
 * widget's `static dependencies`. Apart from widget-views.ts so that a page importing a view
 * function (a list's failure alert) does not also load the error summary.
 */
export const widgetViewElements = { 'ck-alert': CkAlert, 'ck-error-summary': CkErrorSummary };
