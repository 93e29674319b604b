import { listElementStyles } from '../../src/ui/data-table.styles.js';

/** The styles of <license-list>: the kit's list look; themable through --ck-* properties and ::part. */
export const licenseListStyles = listElementStyles;
