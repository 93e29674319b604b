import { listElementStyles } from '../../src/ui/data-table.styles.js';

/** The styles of <sales-list>: the kit's list look; themable through --ck-* properties and ::part. */
export const salesListStyles = listElementStyles;
