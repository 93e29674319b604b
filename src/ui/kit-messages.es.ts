import type { KitKeys } from './kit-messages.js';

/** Spanish messages of the form kit, loaded only when Spanish is used. */
const es: Record<KitKeys, string> = {
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
  'kit.error.network': 'No se ha podido contactar con el servidor. Comprueba la conexión y vuelve a intentarlo.',
  'kit.error.timeout': 'El servidor ha tardado demasiado en responder. Vuelve a intentarlo.',
  'kit.error.server': 'El servidor ha tenido un problema. Vuelve a intentarlo en un momento.',
  'kit.error.bad-response': 'El servidor ha enviado una respuesta que no se puede leer. Vuelve a intentarlo.',
  'kit.error.forbidden': 'No tienes permiso para hacer esto.',
  'kit.error.not-found': 'No se ha encontrado. Puede que se haya eliminado.',
  'kit.error.conflict': 'Algo ha cambiado mientras tanto.',
  'kit.error.validation': 'Algunos valores no se han aceptado. Corrige los campos marcados.',
  'kit.error.aborted': 'Se ha cancelado la petición.',
  'kit.keptValues': 'No se ha perdido nada de lo que has escrito.',
  'kit.loadFailed': 'No se ha podido cargar.',
  'kit.loading': 'Cargando…',
  'kit.noAdapter': 'Este componente no tiene adaptador de backend. Colócalo dentro de <channelkit-provider> o asigna su propiedad adapter.',
};

export default es;
