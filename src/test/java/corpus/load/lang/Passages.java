package corpus.load.lang;

import java.util.Map;

/**
 * Real passages of 200 characters or more, one per language, from the Debian packages of translated
 * manual pages (manpages, manpages-ru, manpages-zh, manpages-de, manpages-fr, manpages-es,
 * manpages-it, manpages-pl, manpages-nl, manpages-pt-br), as bench/language-accuracy cuts them.
 */
public final class Passages {
  private Passages() {}

  public static final String EN =
      "Socket permissions have no meaning for abstract sockets: the process umask (2) has no"
          + " effect when binding an abstract socket, and changing the ownership and permissions"
          + " of the object (via fchown (2) and fchmod (2)) has no effect on the accessibility of"
          + " the socket.";

  public static final String RU =
      "Набор мандатов ambient появился начиная с Linux 4.3. При определении преобразования"
          + " набора ambient в execve(2) привилегированный файл — это файл, имеющий один из этих"
          + " мандатов, или у него установлен бит set-user-ID или set-group-ID.";

  /** Simplified characters, with Perl code among them. */
  public static final String ZH_HANS =
      "如果要执行的程式码当初是以字串的形式传入的话，即 '$line = <STDIN>' ，那么 timeout() 这个假想的函数"
          + "在回到该函数被呼叫时所在的范围后便无法再撷取 $line 这个文字变数的值了。 变数自杀指的是"
          + " (暂时或是永久)地失去一个变数的值。造成这个现象的原因是做范围界定的 my() 和 local()和闭包或"
          + " foreach()回圈变数及函数参数相互影响 所致。";

  /** Traditional characters. */
  public static final String ZH_HANT =
      "一個 IRIX/SGI 風格的磁碟標籤可以描述 16 個分割槽， 其中第十一個應該是完整“卷標”分割槽，"
          + " 而第九個應該被標成“卷標頭”。 卷標頭將覆蓋分割槽表，即，它從零塊開始並預設時延伸 5 個柱面。"
          + " 卷標頭中餘下的空間可以用來存放頭部目錄記錄資訊。 不要有任何分割槽與此卷標頭重疊。";

  public static final String DE =
      "lsusb ist ein Dienstprogramm zum Anzeigen von Informationen zu USB-Bussen im System und"
          + " den Geräten, die mit ihnen verbunden sind. Es verwendet die Hardware-Datenbank von"
          + " Udev, um der Anbieter- und Produktkennung einen menschenlesbaren Namen zuzuordnen.";

  public static final String FR =
      "Définir le comportement pour la création et l'affichage des noms de fichiers qui tiennent"
          + " dans 8.3 (1 à 8 caractères, un point et 0 à 3 caractères). Le nom long du fichier"
          + " sera toujours le préféré pour l’affichage s'il existe. Il y a quatre modes.";

  public static final String ES =
      "La herramienta look muestra las líneas del archivo archivo que contienen cadena como"
          + " prefijo. Dado que look realiza una búsqueda binaria, las líneas en archivo deben"
          + " estar ordenadas. sort(1) se ejecuta con las mismas opciones -d y/o -f con las que se"
          + " ejecutó look.";

  public static final String IT =
      "I caratteri UCS da 0x00000000 a 0x0000007f (i caratteri US-ASCII classici) sono"
          + " codificati semplicemente come byte da 0x00 a 0x7f (compatibilità ASCII). In altre"
          + " parole, file e stringhe contenenti solamente caratteri ASCII a 7 bit hanno la stessa"
          + " codifica sia in ASCII che in UTF-8.";

  public static final String PL =
      "Jeśli ta opcja zostanie włączona, to wszystkie dane na wyjściu tego gniazda są łączone do"
          + " pojedynczego datagramu, który zostanie wysłany, kiedy ta opcja zostanie wyłączona."
          + " Opcja ta nie powinna być używana w kodzie, który w zamierzeniu ma być przenośny.";

  public static final String NL =
      "Wanneer een onderbreking optreedt, wordt de huidige operatie gestopt en de"
          + " tekstverwerker keert terug naar de opdracht mode. Als onderbroken tijdens"
          + " tekstinvoer wordt de al ingevoerde tekst in het bestand gezet alsof de tekstinvoer"
          + " normaal eindigde.";

  public static final String PT =
      "Verdadeiro; como -ls, mas escreve para arquivo como -fprint. O arquivo de saída é sempre"
          + " criado, mesmo que o predicado nunca seja correspondido. Consulte a seção NOMES DE"
          + " ARQUIVOS INCOMUNS para obter informações sobre como os caracteres incomuns nos"
          + " nomes de arquivos são tratados.";

  /** Each passage by the ISO 639-1 code of its language. */
  public static final Map<String, String> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry(EN, "en"),
          Map.entry(RU, "ru"),
          Map.entry(ZH_HANS, "zh"),
          Map.entry(ZH_HANT, "zh"),
          Map.entry(DE, "de"),
          Map.entry(FR, "fr"),
          Map.entry(ES, "es"),
          Map.entry(IT, "it"),
          Map.entry(PL, "pl"),
          Map.entry(NL, "nl"),
          Map.entry(PT, "pt"));
}
