### Cuestionarios: revisión de un archivo y errores durante una entrevista.

## Errores de expresión

expr-error-unexpected-char = Este carácter no puede empezar nada en una expresión.
expr-error-unterminated-string = Este texto no tiene { $quote } de cierre.
expr-error-dollar = «$» debe empezar una referencia escrita ${"{"}nombre{"}"}.
expr-error-bad-reference-name = Una referencia necesita un nombre que empiece con una letra o «_» y solo tenga letras, dígitos, «_», «-» y «.».
expr-error-unclosed-reference = Esta referencia no tiene «{"}"}» de cierre.
expr-error-number-too-large = Este número es demasiado grande.
expr-error-unsupported-xpath = La sintaxis XPath { $what } no está admitida. Nombra las preguntas con ${"{"}nombre{"}"}.
expr-error-too-long = La expresión tiene más de { $max } bytes.
expr-error-empty = La expresión está vacía.
expr-error-trailing = { $found } no puede seguir a una expresión completa. Quizá falta un operador o una «,».
expr-error-too-deep = La expresión tiene más de { $max } niveles anidados.
expr-error-ends-early = La expresión termina donde se espera un valor.
expr-error-expected = Aquí se esperaba { $expected } y hay { $found }.
expr-error-ends-before = La expresión termina donde se espera { $expected }.
expr-error-value-before = Falta un valor antes de { $found }.
expr-error-bare-name = { $name } no es una llamada a función. Escribe ${"{"}{ $name }{"}"} para una pregunta, o '{ $name }' entre comillas para texto.
expr-error-not-a-value = Aquí se esperaba un valor y hay { $found }.
expr-error-unknown-function = { $name }() no es una función admitida.
expr-error-repeat-as-value = Aquí hay una respuesta por cada bloque repetido. Usa sum() o count().
expr-error-unknown-reference = ${"{"}{ $name }{"}"} no es una pregunta ni un cálculo de este formulario.
expr-error-arity = { $function }() recibe { $expected } argumento(s), no { $got }.
expr-error-text-not-number = Este texto no es un número.
expr-error-arithmetic-on-choices = Cálculo con una opción múltiple. Usa count-selected().
expr-error-compare-number-text = Se compara un número con un texto que no es un número.
expr-error-compare-date-text = Se compara una fecha con un texto que no es una fecha. Escribe 'AAAA-MM-DD'.
expr-error-compare-choices = Se compara una opción múltiple con «=». Usa selected().
expr-error-needs-choices = { $function }() necesita aquí una opción múltiple.
expr-error-sum-needs-numbers = sum() necesita aquí números.
expr-error-needs-repeat = { $function }() necesita aquí una pregunta de un bloque repetido.

## Resultados de `waymark questionnaire check`

questionnaire-finding-too-large = El archivo tiene más de { $max } bytes.
questionnaire-finding-toml = Esto no es válido aquí: { $detail }
questionnaire-finding-not-a-message-id = Los campos de texto llevan un identificador de mensaje (letras, dígitos, - y _) de los archivos .ftl, no el texto mismo.
questionnaire-finding-bad-id = El identificador del cuestionario «{ $name }» no es un nombre válido.
questionnaire-finding-bad-choice-name = La opción «{ $name }» no es un nombre válido.
questionnaire-finding-bad-section-id = El identificador de sección «{ $name }» no es un nombre válido.
questionnaire-finding-bad-question-name = El nombre de pregunta «{ $name }» no es un nombre válido.
questionnaire-finding-bad-indicator-id = El identificador de indicador «{ $name }» no es un nombre válido.
questionnaire-finding-empty-list = La lista de opciones { $list } está vacía.
questionnaire-finding-duplicate-choice = La opción { $choice } aparece dos veces en la lista { $list }.
questionnaire-finding-duplicate-section = La sección { $id } está declarada dos veces.
questionnaire-finding-unknown-section = La sección { $id } no existe.
questionnaire-finding-duplicate-name = El nombre { $name } se usa dos veces.
questionnaire-finding-unknown-type = Tipo de pregunta desconocido «{ $type }». Usa yes_no, single_choice, multiple_choice, text, integer, decimal, date, region, note, acknowledgement o calculate.
questionnaire-finding-no-label = La pregunta { $name } no tiene etiqueta (label).
questionnaire-finding-needs-choices = La pregunta { $name } necesita una lista de opciones: choices = "lista".
questionnaire-finding-unknown-list = La lista de opciones { $list } no existe.
questionnaire-finding-choices-not-allowed = La pregunta { $name } no es de opciones. Quita `choices`.
questionnaire-finding-no-calculation = El cálculo { $name } no tiene `calculation`.
questionnaire-finding-calculation-in-repeat = No se admiten cálculos dentro de un bloque repetido. Calcula desde fuera con sum() o count().
questionnaire-finding-calculation-not-allowed = Solo las preguntas calculate tienen `calculation`.
questionnaire-finding-bad-default = La respuesta por defecto de { $name } no corresponde a su tipo (o no es una de sus opciones).
questionnaire-finding-required-no-answer = { $name } no recibe respuesta, así que no puede ser obligatoria.
questionnaire-finding-constraint-no-answer = Una pregunta sin respuesta no puede tener una restricción.
questionnaire-finding-filter-not-allowed = Solo las preguntas de opciones tienen choice_filter.
questionnaire-finding-unknown-column = Ninguna opción de la lista tiene una columna llamada { $column }.
questionnaire-finding-cycle = Hay cálculos que dependen unos de otros en círculo: { $names }.
questionnaire-finding-duplicate-indicator = El indicador { $id } está declarado dos veces.
questionnaire-finding-bad-strength = La fuerza es weak, medium o strong.
questionnaire-finding-bad-weight = El peso debe ser un número finito.
questionnaire-finding-unknown-indicator = El indicador { $id } no está declarado en [[indicators]].
questionnaire-finding-bad-level = El nivel es none, low, medium, high o urgent.
questionnaire-finding-one-rule = Un resultado tiene exactamente una regla: any_of, at_least, all_of_sets o weight.
questionnaire-finding-bad-at-least = at_least.n debe estar entre 1 y el número de indicadores de `of`.
questionnaire-finding-empty-sets = all_of_sets necesita conjuntos que nombren cada uno al menos un indicador.
questionnaire-finding-bad-threshold = El umbral debe ser un número finito.
questionnaire-finding-unreachable = La pregunta { $name } nunca se puede mostrar: su `relevant` nunca puede ser verdadero.
questionnaire-finding-unreachable-section = La pregunta { $name } nunca se puede mostrar: el `relevant` de su sección nunca puede ser verdadero.
questionnaire-finding-missing-translation = El mensaje { $id } no tiene traducción en { $locale }.

## Errores al responder

questionnaire-error-invalid = Este cuestionario tiene problemas ({ $count }).
questionnaire-error-unknown-question = No hay ninguna pregunta llamada { $name }.
questionnaire-error-unknown-section = No hay ninguna sección llamada { $id }.
questionnaire-error-not-answerable = { $name } no recibe respuesta.
questionnaire-error-not-relevant = La pregunta { $name } no se hace en este momento.
questionnaire-error-wrong-type = Este tipo de respuesta no sirve para la pregunta { $name }.
questionnaire-error-not-a-choice = Esa no es una de las opciones de { $name }.
questionnaire-error-too-long = La respuesta a { $name } es demasiado larga.
questionnaire-error-constraint = Esta respuesta a { $name } no se acepta. Por favor, revísala.
questionnaire-error-required = La pregunta { $name } necesita una respuesta. «No sé» y «Prefiero no decirlo» también son respuestas.
questionnaire-error-no-such-instance = { $name } no tiene el bloque número { $number }.
questionnaire-error-at = { $name }: { $message }
questionnaire-error-at-block = { $name }, bloque { $number }: { $message }
questionnaire-error-no-current-question = No hay más preguntas.
questionnaire-error-stopped = Este cuestionario se detuvo. Aún puedes ver el resumen y terminarlo.
questionnaire-error-finalized = Este cuestionario ya está terminado.
questionnaire-error-draft-not-found = Ese borrador no existe.
questionnaire-error-report-not-found = Ese informe no existe.
questionnaire-error-draft-mismatch = Este borrador es del cuestionario { $id } versión { $version }, que no está disponible aquí.
questionnaire-error-draft-damaged = El borrador guardado está dañado y no se puede continuar.

## Buscar cuestionarios

catalog-error-not-found = No hay ningún cuestionario con el identificador { $id }.
catalog-error-invalid = El cuestionario { $id } tiene problemas ({ $count }).
catalog-error-id-mismatch = { $file } declara el identificador { $id }, pero su nombre de archivo indica otro.
catalog-error-texts = No se pudieron leer las traducciones de { $file }. Detalles: { $reason }
catalog-error-not-utf8 = { $file } no es texto UTF-8.
catalog-error-too-large = { $file } tiene más de { $max } bytes.
catalog-error-io = No se pudo leer { $file } ({ $reason }).

## Resultados

risk-level-none = No se encontraron señales
risk-level-low = Bajo
risk-level-medium = Medio
risk-level-high = Alto
risk-level-urgent = Urgente
strength-weak = débil
strength-medium = media
strength-strong = fuerte

## Indicadores

indicator-abuse_of_vulnerability = Abuso de vulnerabilidad
indicator-deception = Engaño
indicator-restriction_of_movement = Libertad de movimiento restringida
indicator-isolation = Aislamiento
indicator-physical_and_sexual_violence = Violencia física y sexual
indicator-intimidation_and_threats = Intimidación y amenazas
indicator-retention_of_identity_documents = Documentos de identidad en manos de otros
indicator-withholding_of_wages = Salario retenido
indicator-debt_bondage = Servidumbre por deudas
indicator-abusive_working_and_living_conditions = Condiciones de trabajo y de vida abusivas
indicator-excessive_overtime = Horas extra excesivas
indicator-deceptive_recruitment = Reclutamiento con engaños
indicator-coercive_recruitment = Reclutamiento forzado
indicator-sexual_exploitation = Explotación sexual
indicator-child = Hay un niño o niña involucrado
