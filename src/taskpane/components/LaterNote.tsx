// An honest placeholder for a tab whose functions are not built yet: no buttons that do nothing.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export function LaterNote({ title, text }: { title: string; text: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}：后续版本提供</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
