import type { VersionKeys } from './version-messages.js';

/** Spanish words of a plan's versions in <service-plan-editor>, loaded only when Spanish is used. */
const es: Record<VersionKeys, string> = {
  version: 'Versión {version}',
  allOnCurrent: 'Todas las suscripciones están en esta versión.',
  onOlder: '{count, plural, one {# suscripción está} other {# suscripciones están}} en versiones anteriores y {count, plural, one {conserva sus precios} other {conservan sus precios}} hasta que se muevan.',
  onVersion: 'Versión {version}: {count, plural, one {# suscripción} other {# suscripciones}}',
  reviewMove: 'Revisar el cambio',
  reviewHeading: 'Mover la versión {from} a la versión {to}',
  reviewIntro: 'Cada suscripción paga los precios de la versión {to} desde su próximo cargo; un aumento paga además hoy el resto del periodo actual, como cualquier cambio de plan.',
  pricing: 'Calculando el cambio…',
  subscription: 'Suscripción',
  before: 'Próximo cargo ahora',
  after: 'Próximo cargo en la versión {to}',
  difference: 'Diferencia',
  dueToday: 'A pagar hoy',
  chargeOn: '{amount} el {date}',
  noCharge: 'Ninguno: termina antes',
  nothingToMove: 'Ninguna suscripción de la versión {version} se puede mover: la versión {to} no tiene precio en su moneda.',
  confirmMove: 'Confirmar el cambio',
  moving: 'Moviendo…',
  cancel: 'Cancelar',
  previewFailed: 'No se pudo calcular el cambio',
  moveFailed: 'Las suscripciones no se movieron',
  loadFailed: 'No se pudieron cargar las versiones del plan',
  movedTitle: '{count, plural, one {# suscripción movida} other {# suscripciones movidas}} a la versión {version}',
  movedText: 'Sus próximos cargos son los que mostró la revisión.',
};
export default es;
