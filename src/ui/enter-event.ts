/**
 * Fired by a single-line field when Enter is pressed in it, inside the widget's shadow tree only:
 * the widget answers with its primary action (see WidgetElement.onEnter). A module of its own so
 * the widget base does not load the fields.
 */
export const ENTER_EVENT = 'ck-enter';
