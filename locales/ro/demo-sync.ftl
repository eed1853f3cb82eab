# `waymark demo`, part 5: a report's anonymous round trip to an NGO inbox
# started on this computer (cli/src/demo/round_trip.rs).

cli-demo-sync-inbox-title = 5.1 Pornește căsuța unui ONG pe acest calculator
cli-demo-sync-inbox = Serverul de căsuță al unui ONG rulează acum la { $url } (doar acest calculator), cu propriile chei în dosarul demonstrației. Păstrează rapoarte pe care nu le poate citi: doar cheia privată a ONG-ului le deschide.
cli-demo-sync-trust-title = 5.2 Încrederea în ONG
cli-demo-sync-trust = Telefonul are încredere în ONG doar prin cheia lui de semnare. A descărcat intrarea semnată din director a ONG-ului și a verificat semnătura: { $name } (cheia { $key_id }), valabilă până la { $expires }.
cli-demo-sync-interview-title = 5.3 Un interviu de depistare
cli-demo-sync-interview = O lucrătoare parcurge cu cineva chestionarul rapid inclus și îl finalizează ({ $answered } răspunsuri). Semne găsite:
cli-demo-sync-queued-title = 5.4 Sigilare și punere în căsuța de trimitere
cli-demo-sync-queued = Raportul este sigilat imediat cu cheia ONG-ului. Codul de chitanță (telefonul cere răspunsurile cu un identificator făcut din el; doar cheia de răspuns a acestui telefon le poate citi): { $code }
cli-demo-sync-policy-title = 5.5 Așteptarea regulilor de trimitere
cli-demo-sync-policy = Trimiterea așteaptă aici la întâmplare între { $min } și { $max } secunde (pe un telefon: minute), ca momentul trimiterii să nu arate când a fost scris raportul. De data aceasta: { $waited } secunde. Apoi raportul a plecat.
cli-demo-sync-receipt-title = 5.6 O chitanță semnată
cli-demo-sync-receipt = Căsuța a semnat o chitanță pentru exact acești octeți pe { $day }. Telefonul a verificat-o cu cheia de chitanțe a ONG-ului și abia apoi și-a șters copia sigilată. Cod de chitanță: { $code }
cli-demo-sync-ngo-title = 5.7 ONG-ul deschide raportul
cli-demo-sync-ngo = ONG-ul a descărcat { $count } raport(e) nou(i) (primit pe { $day }) și le-a deschis cu cheia sa privată. Semnele pe care le vede:
cli-demo-sync-reply-title = 5.8 ONG-ul răspunde
cli-demo-sync-reply = ONG-ul a sigilat un răspuns pe care doar telefonul acestui raport îl poate deschide și l-a trimis în căsuță: { $text }
cli-demo-sync-reply-text = Am primit raportul tău. Ne poți suna în orice zi, între 9:00 și 17:00. Nu ești singur.
cli-demo-sync-read-title = 5.9 Persoana citește răspunsul
cli-demo-sync-read = Persoana care a raportat a citit răspunsul ONG-ului ({ $day }):
cli-demo-sync-failed = Drumul raportului până la căsuța demonstrației și înapoi nu s-a încheiat.
