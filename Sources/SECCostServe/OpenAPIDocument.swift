/// The OpenAPI 3.1 document served at `/api/openapi.json`, written by hand: every route the
/// server has, the JSON API's in full, the pages' as HTML (a test checks none is missing).
enum OpenAPIDocument {
  /// The document's JSON text.
  static let text = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "seccost workbench",
        "version": "1",
        "description": "The JSON API of `seccost serve`. Amounts are two-place decimal strings, never JSON numbers. Every request must name this server in Host (else 421); a request with an Origin header from another origin gets 403."
      },
      "servers": [{"url": "http://127.0.0.1:8080"}],
      "paths": {
        "/api/releases": {
          "get": {
            "summary": "Every release with its total, as `seccost totals` counts it.",
            "responses": {
              "200": {"description": "The releases.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Release"}}}}},
              "422": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/totals": {
          "get": {
            "summary": "The JSON `seccost totals --format json` prints for the same options, byte for byte.",
            "parameters": [
              {"name": "release", "in": "query", "schema": {"type": "string"}},
              {"name": "by", "in": "query", "schema": {"type": "string", "enum": ["phase", "party", "modification", "release", "basis"], "default": "phase"}},
              {"name": "version", "in": "query", "schema": {"type": "string"}}
            ],
            "responses": {
              "200": {"description": "The totals.", "content": {"application/json": {"schema": {"type": "object"}}}},
              "400": {"$ref": "#/components/responses/Problem"},
              "404": {"$ref": "#/components/responses/Problem"},
              "422": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/problems": {
          "get": {
            "summary": "Every problem and warning, `FILE:LINE: column: message`, as `seccost validate` lists them.",
            "responses": {
              "200": {"description": "The problems.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problems"}}}}
            }
          }
        },
        "/api/files": {
          "get": {
            "summary": "The ledger files, as given on the command line, with the SHA-256 of their bytes.",
            "responses": {
              "200": {"description": "The files.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/File"}}}}}
            }
          }
        },
        "/api/changes": {
          "get": {
            "summary": "Long poll: answers when the ledgers' version differs from `since`, or after a wait with the same version.",
            "parameters": [{"name": "since", "in": "query", "schema": {"type": "string"}}],
            "responses": {
              "200": {"description": "The ledgers' version now.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Changes"}}}}
            }
          }
        },
        "/api/figures": {
          "post": {
            "summary": "Sets one figure; the file holding its key (the first file for a new key) is written back whole, canonical, atomically.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FigureEdit"}}}},
            "responses": {
              "200": {"description": "Written.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Saved"}}}},
              "400": {"$ref": "#/components/responses/Problem"},
              "403": {"$ref": "#/components/responses/Problem"},
              "409": {"description": "The file changed since `base` was read; nothing written.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stale"}}}},
              "413": {"$ref": "#/components/responses/Problem"},
              "415": {"$ref": "#/components/responses/Problem"},
              "422": {"$ref": "#/components/responses/Problem"}
            }
          }
        },
        "/api/openapi.json": {
          "get": {
            "summary": "This document.",
            "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        },
        "/": {
          "get": {"summary": "Page: the releases.", "responses": {"200": {"$ref": "#/components/responses/Page"}}}
        },
        "/release/{name}": {
          "get": {
            "summary": "Page: one release.",
            "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"$ref": "#/components/responses/Page"}, "404": {"$ref": "#/components/responses/Page"}}
          }
        },
        "/release/{name}/{file}": {
          "get": {
            "summary": "A release's download: download.csv (ledger), download.wide.csv, download.xlsx (editable workbook), download.docx, download.md (RID cost section).",
            "parameters": [
              {"name": "name", "in": "path", "required": true, "schema": {"type": "string"}},
              {"name": "file", "in": "path", "required": true, "schema": {"type": "string", "enum": ["download.csv", "download.wide.csv", "download.xlsx", "download.docx", "download.md"]}}
            ],
            "responses": {"200": {"description": "The file."}, "404": {"$ref": "#/components/responses/Page"}, "422": {"$ref": "#/components/responses/Page"}}
          }
        },
        "/modification/{id}": {
          "get": {
            "summary": "Page: one modification across releases and versions.",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {"$ref": "#/components/responses/Page"}, "404": {"$ref": "#/components/responses/Page"}}
          }
        },
        "/variance": {
          "get": {
            "summary": "Page: the variance between two versions or two files.",
            "parameters": [
              {"name": "from", "in": "query", "schema": {"type": "string"}},
              {"name": "to", "in": "query", "schema": {"type": "string"}}
            ],
            "responses": {"200": {"$ref": "#/components/responses/Page"}}
          }
        },
        "/problems": {
          "get": {"summary": "Page: every problem and warning.", "responses": {"200": {"$ref": "#/components/responses/Page"}}}
        },
        "/edit": {
          "post": {
            "summary": "The pages' edit form: the fields of FigureEdit and `csrf`, the page's token.",
            "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/FigureEdit"}}}},
            "responses": {
              "303": {"description": "Saved; see the release page."},
              "403": {"$ref": "#/components/responses/Page"},
              "409": {"$ref": "#/components/responses/Page"},
              "413": {"$ref": "#/components/responses/Problem"},
              "422": {"$ref": "#/components/responses/Page"}
            }
          }
        }
      },
      "components": {
        "responses": {
          "Problem": {"description": "A problem.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
          "Page": {"description": "An HTML page.", "content": {"text/html": {"schema": {"type": "string"}}}}
        },
        "schemas": {
          "Problem": {
            "type": "object", "required": ["error"],
            "properties": {"error": {"type": "string"}, "problems": {"type": "array", "items": {"type": "string"}}}
          },
          "Release": {
            "type": "object",
            "required": ["name", "versions", "counted", "rid", "low", "high", "tbc", "na", "not_provided", "lines", "complete"],
            "properties": {
              "name": {"type": "string"}, "version": {"type": ["string", "null"]},
              "versions": {"type": "array", "items": {"type": "string"}}, "counted": {"type": "string"},
              "rid": {"type": "string"}, "low": {"type": "string"}, "high": {"type": "string"},
              "tbc": {"type": "integer"}, "na": {"type": "integer"}, "not_provided": {"type": "integer"},
              "lines": {"type": "integer"}, "complete": {"type": "boolean"}
            }
          },
          "Problems": {
            "type": "object",
            "required": ["valid", "errors", "error_count", "warnings", "warning_count", "lines", "files"],
            "properties": {
              "valid": {"type": "boolean"},
              "errors": {"type": "array", "items": {"type": "string"}}, "error_count": {"type": "integer"},
              "warnings": {"type": "array", "items": {"type": "string"}}, "warning_count": {"type": "integer"},
              "lines": {"type": "integer"}, "files": {"type": "integer"}
            }
          },
          "File": {
            "type": "object", "required": ["path", "sha256"],
            "properties": {"path": {"type": "string"}, "sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"}}
          },
          "Changes": {
            "type": "object", "required": ["version", "changed", "files"],
            "properties": {"version": {"type": "string"}, "changed": {"type": "boolean"}, "files": {"type": "array", "items": {"$ref": "#/components/schemas/File"}}}
          },
          "FigureEdit": {
            "type": "object", "required": ["release", "party", "phase", "basis", "base"],
            "properties": {
              "release": {"type": "string"}, "version": {"type": "string"}, "party": {"type": "string"},
              "modification": {"type": "string"}, "phase": {"type": "string"},
              "basis": {"type": "string", "enum": ["firm", "estimate", "actual", "tbc", "n/a"]},
              "low": {"type": "string"}, "high": {"type": "string"}, "note": {"type": "string"},
              "base": {"type": "string", "description": "The sha256 of the file holding the key, as last read."},
              "title": {"type": "string"}, "date": {"type": "string"}, "likely": {"type": "string"},
              "days": {"type": "string"}, "day_rate": {"type": "string"}
            }
          },
          "Saved": {
            "type": "object", "required": ["path", "sha256"],
            "properties": {"path": {"type": "string"}, "sha256": {"type": "string"}}
          },
          "Stale": {
            "type": "object", "required": ["error", "path"],
            "properties": {"error": {"type": "string"}, "path": {"type": "string"}, "sha256": {"type": ["string", "null"]}}
          }
        }
      }
    }

    """#
}
