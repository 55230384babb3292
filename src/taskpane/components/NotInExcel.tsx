// Shown when the page is opened outside Excel (a browser, Word, WPS): points to the preview.
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function NotInExcel() {
  const s = useStyles();
  return (
    <div className={s.root}>
      <Text as="h1" size={500} weight="semibold">
        预决算公开助手
      </Text>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>请在 Excel 中使用</MessageBarTitle>
          本页面是 Excel 任务窗格加载项，需要在 Excel 中通过「开始 → 预决算公开 → 打开助手」打开。
        </MessageBarBody>
      </MessageBar>
      <Text>
        没有 Excel，或使用 WPS、旧版 Office？可以改用
        <Link href="preview.html">浏览器预览模式</Link>
        ：在浏览器中打开本地 .xlsx 文件，插入公开表、运行检查，再下载结果。数据只在本机处理，不会上传。
      </Text>
    </div>
  );
}
