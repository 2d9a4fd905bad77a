#!/usr/bin/env python3
"""Una Bot API de Telegram falsa para .ci/dos-servidores.sh, en 127.0.0.1: contesta getMe,
setMyCommands, deleteWebhook y getUpdates (sin updates, tras una espera corta), y registra cada
sendMessage aceptado, una línea JSON por mensaje, en el archivo que se le da. Uso:
bot-api-falsa.py PUERTO ARCHIVO"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PUERTO = int(sys.argv[1])
ARCHIVO = sys.argv[2]
candado = threading.Lock()
siguiente = [1000]


class Manejador(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        largo = int(self.headers.get("Content-Length") or 0)
        crudo = self.rfile.read(largo) if largo else b""
        try:
            cuerpo = json.loads(crudo or b"{}")
        except ValueError:
            cuerpo = {}
        metodo = self.path.rsplit("/", 1)[-1].lower()
        if metodo == "getme":
            resultado = {"id": 123456, "is_bot": True, "first_name": "Pruebas",
                         "username": "SeguimientoPrepDosServidoresBot"}
        elif metodo == "getupdates":
            time.sleep(1)
            resultado = []
        elif metodo == "sendmessage":
            with candado:
                siguiente[0] += 1
                numero = siguiente[0]
                with open(ARCHIVO, "a", encoding="utf-8") as salida:
                    salida.write(json.dumps({"chat": cuerpo.get("chat_id"),
                                             "text": cuerpo.get("text"),
                                             "message_id": numero}, ensure_ascii=False) + "\n")
            resultado = {"message_id": numero, "date": int(time.time()),
                         "chat": {"id": cuerpo.get("chat_id"), "type": "private"},
                         "text": cuerpo.get("text")}
        else:
            resultado = True
        respuesta = json.dumps({"ok": True, "result": resultado}).encode("utf-8")
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(respuesta)))
            self.end_headers()
            self.wfile.write(respuesta)
        except (BrokenPipeError, ConnectionResetError):
            pass  # un servidor que se detiene cierra su sondeo en curso

    do_GET = do_POST


ThreadingHTTPServer(("127.0.0.1", PUERTO), Manejador).serve_forever()
