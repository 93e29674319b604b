import { defineMessages } from '../i18n/catalog.js';

/**
 * Strings of the form kit itself. Modules that show them call `tk`: using the binding (not a
 * bare import) keeps this module in a host's bundle even though package.json marks it free of
 * side effects.
 */
export const tk = defineMessages(
  {
    'kit.required': 'required',
    'kit.choose': 'Choose…',
    'kit.searching': 'Searching…',
    'kit.noResults': 'No results for “{query}”.',
    'kit.results#one': '{count} result. Use the up and down arrows to choose.',
    'kit.results#other': '{count} results. Use the up and down arrows to choose.',
    'kit.searchFailed': 'The search did not work.',
    'kit.retry': 'Try again',
    'kit.clear': 'Clear',
    'kit.cancel': 'Cancel',
    'kit.confirm': 'Confirm',
    'kit.close': 'Close',
    'kit.stepOf': 'Step {current} of {total}',
    'kit.stepDone': 'completed',
    'kit.stepCurrent': 'current step',
    'kit.charactersLeft#one': '{count} character left',
    'kit.charactersLeft#other': '{count} characters left',
    'kit.on': 'On',
    'kit.off': 'Off',
  },
  {
    'kit.required': 'obligatorio',
    'kit.choose': 'Elige…',
    'kit.searching': 'Buscando…',
    'kit.noResults': 'No hay resultados para «{query}».',
    'kit.results#one': '{count} resultado. Usa las flechas arriba y abajo para elegir.',
    'kit.results#other': '{count} resultados. Usa las flechas arriba y abajo para elegir.',
    'kit.searchFailed': 'La búsqueda no ha funcionado.',
    'kit.retry': 'Reintentar',
    'kit.clear': 'Borrar',
    'kit.cancel': 'Cancelar',
    'kit.confirm': 'Confirmar',
    'kit.close': 'Cerrar',
    'kit.stepOf': 'Paso {current} de {total}',
    'kit.stepDone': 'completado',
    'kit.stepCurrent': 'paso actual',
    'kit.charactersLeft#one': 'Queda {count} carácter',
    'kit.charactersLeft#other': 'Quedan {count} caracteres',
    'kit.on': 'Activado',
    'kit.off': 'Desactivado',
  },
);

export type KitMessageKey = Parameters<typeof tk>[1];
