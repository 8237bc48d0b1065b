import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

/** A validator for a JSON Schema (draft 2020-12) that lists every problem, as the data's readers would run it. */
export function compileJsonSchema<T = unknown>(schema: object) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile<T>(schema);
}
